import { describe, expect, it } from 'vitest';
import { encodeKeyPath, sha256Hex, signRequest, toAmzDate } from './aws-signature-v4';

/**
 * "Example: GET Object" from the S3 documentation (Authenticating Requests: Using the Authorization Header,
 * AWS Signature Version 4), with the documentation's example credentials. Every intermediate value below is
 * the one printed in that example.
 */
const example = {
  scope: {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    region: 'us-east-1',
    service: 's3',
  },
  emptyHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
};

describe('signRequest', () => {
  it("reproduces AWS's published GET Object example step by step", () => {
    const signed = signRequest(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { Range: 'bytes=0-9' },
        payloadHash: sha256Hex(''),
        now: new Date('2013-05-24T00:00:00Z'),
      },
      example.scope,
    );
    expect(signed.canonicalRequest).toBe(
      [
        'GET',
        '/test.txt',
        '',
        'host:examplebucket.s3.amazonaws.com',
        'range:bytes=0-9',
        `x-amz-content-sha256:${example.emptyHash}`,
        'x-amz-date:20130524T000000Z',
        '',
        'host;range;x-amz-content-sha256;x-amz-date',
        example.emptyHash,
      ].join('\n'),
    );
    expect(signed.stringToSign).toBe(
      [
        'AWS4-HMAC-SHA256',
        '20130524T000000Z',
        '20130524/us-east-1/s3/aws4_request',
        '7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972',
      ].join('\n'),
    );
    expect(signed.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    expect(signed.headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('sorts and encodes the query string and keeps a non-default port in host', () => {
    const signed = signRequest(
      {
        method: 'get',
        url: new URL('http://127.0.0.1:9000/bucket?prefix=a b&list-type=2&acl'),
        payloadHash: 'UNSIGNED-PAYLOAD',
        now: new Date('2025-03-09T08:07:06.123Z'),
      },
      example.scope,
    );
    const lines = signed.canonicalRequest.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'GET',
      '/bucket',
      'acl=&list-type=2&prefix=a%20b',
      'host:127.0.0.1:9000',
    ]);
    expect(signed.headers['x-amz-date']).toBe('20250309T080706Z');
  });
});

describe('encoding helpers', () => {
  it('encodes each key segment the way S3 expects', () => {
    expect(encodeKeyPath("2025/03/合同 (final)!*'.pdf")).toBe(
      '2025/03/%E5%90%88%E5%90%8C%20%28final%29%21%2A%27.pdf',
    );
    expect(toAmzDate(new Date('2013-05-24T00:00:00Z'))).toBe('20130524T000000Z');
  });
});
