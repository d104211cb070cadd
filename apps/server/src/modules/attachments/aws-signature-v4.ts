import { createHash, createHmac } from 'node:crypto';

/** The credentials and scope a request is signed for. */
export type SigningScope = {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
};

/** A request to sign. `url` must already carry its path percent-encoded exactly as it will be sent. */
export type RequestToSign = {
  method: string;
  url: URL;
  /** Headers to sign besides host, x-amz-date and x-amz-content-sha256 (which are always signed). */
  headers?: Record<string, string>;
  /** Hex SHA-256 of the body, or "UNSIGNED-PAYLOAD". */
  payloadHash: string;
  now: Date;
};

/** The signature and the steps that led to it, so tests can compare each step with the specification. */
export type SignedRequest = {
  /** Headers to send: the caller's, x-amz-date, x-amz-content-sha256 and authorization (host is set by fetch). */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
};

/** Hex SHA-256 of a body, as x-amz-content-sha256 wants it. */
export const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 percent-encoding as SigV4 requires: everything but A-Z a-z 0-9 - _ . ~ is encoded. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** An S3 object key as a URL path: each segment encoded, the slashes kept. */
export function encodeKeyPath(key: string): string {
  return key.split('/').map(encodeRfc3986).join('/');
}

/** "20130524T000000Z" */
export function toAmzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams]
    .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/**
 * Signs a request with AWS Signature Version 4 (header form): canonical request → string to sign → signing key
 * derived from the secret, date, region and service → HMAC-SHA256 signature in the Authorization header.
 * S3's rule applies to the path: it is used as sent (encoded once), not normalised or encoded again.
 */
export function signRequest(request: RequestToSign, scope: SigningScope): SignedRequest {
  const amzDate = toAmzDate(request.now);
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    ...request.headers,
    'x-amz-date': amzDate,
    'x-amz-content-sha256': request.payloadHash,
  };
  const toSign = new Map<string, string>([['host', request.url.host]]);
  for (const [name, value] of Object.entries(headers)) {
    toSign.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
  }
  const names = [...toSign.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.url.pathname || '/',
    canonicalQuery(request.url),
    ...names.map((n) => `${n}:${toSign.get(n)}`),
    '',
    signedHeaders,
    request.payloadHash,
  ].join('\n');
  const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, credentialScope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${scope.secretAccessKey}`, day), scope.region), scope.service),
    'aws4_request',
  );
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${scope.accessKeyId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign, signature };
}
