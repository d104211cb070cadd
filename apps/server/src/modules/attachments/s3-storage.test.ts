import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, signRequest } from './aws-signature-v4';
import { buildObjectUrl, createS3Storage, S3StorageError } from './s3-storage';
import { InvalidStorageKeyError } from './storage';

const credentials = {
  accessKeyId: 'YANZHENTESTKEY',
  secretAccessKey: 'fake/secret+key',
  region: 'cn-north-1',
};
const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

type Stored = { body: Buffer; contentType: string };

/** Recomputes the signature from the request exactly as it arrived, as S3 does. Returns an error or null. */
function verify(req: IncomingMessage, body: Buffer): string | null {
  const match = AUTHORIZATION.exec(req.headers.authorization ?? '');
  if (!match) return 'malformed Authorization header';
  const [, keyId, day, region, signedHeaders, signature] = match;
  if (keyId !== credentials.accessKeyId || region !== credentials.region) return 'wrong credential scope';
  if (req.headers['x-amz-content-sha256'] !== sha256Hex(body))
    return 'x-amz-content-sha256 does not match body';
  const amzDate = String(req.headers['x-amz-date']);
  if (!/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== day) return 'bad x-amz-date';
  const names = signedHeaders!.split(';');
  for (const required of ['host', 'x-amz-content-sha256', 'x-amz-date']) {
    if (!names.includes(required)) return `${required} is not signed`;
  }
  const others = Object.fromEntries(
    names
      .filter((n) => !['host', 'x-amz-date', 'x-amz-content-sha256'].includes(n))
      .map((n) => [n, String(req.headers[n])]),
  );
  const when = amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
  const expected = signRequest(
    {
      method: req.method ?? '',
      url: new URL(req.url ?? '/', `http://${req.headers.host}`),
      headers: others,
      payloadHash: sha256Hex(body),
      now: new Date(when),
    },
    { ...credentials, service: 's3' },
  );
  return expected.signature === signature ? null : 'SignatureDoesNotMatch';
}

const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

/** An in-memory S3 on 127.0.0.1 that serves path-style requests and refuses any it cannot verify. */
function startFakeS3() {
  const objects = new Map<string, Stored>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const problem = verify(req, body);
    if (problem) {
      res
        .writeHead(403, { 'content-type': 'application/xml' })
        .end(xmlError('SignatureDoesNotMatch', problem));
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'PUT') {
      objects.set(path, { body, contentType: String(req.headers['content-type']) });
      res.writeHead(200, { etag: `"${sha256Hex(body).slice(0, 32)}"` }).end();
    } else if (req.method === 'GET') {
      const found = objects.get(path);
      if (!found) res.writeHead(404).end(xmlError('NoSuchKey', 'The specified key does not exist.'));
      else res.writeHead(200, { 'content-type': found.contentType }).end(found.body);
    } else if (req.method === 'DELETE') {
      objects.delete(path);
      res.writeHead(204).end();
    } else res.writeHead(405).end();
  });
  return { server, objects };
}

let fake: ReturnType<typeof startFakeS3>;
let endpoint: string;
beforeAll(async () => {
  fake = startFakeS3();
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
  const address = fake.server.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

const storageWith = (secretAccessKey = credentials.secretAccessKey) =>
  createS3Storage({
    endpoint,
    bucket: 'yanzhen-files',
    forcePathStyle: true,
    ...credentials,
    secretAccessKey,
  });

describe('createS3Storage against a fake S3 server', () => {
  it('puts, gets and deletes an object, byte for byte', async () => {
    const storage = storageWith();
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await storage.put('2025/03/0f8e2c1e-attachment', bytes, 'application/pdf');
    expect(fake.objects.get('/yanzhen-files/2025/03/0f8e2c1e-attachment')).toEqual({
      body: bytes,
      contentType: 'application/pdf',
    });
    expect(await storage.get('2025/03/0f8e2c1e-attachment')).toEqual(bytes);
    await storage.delete('2025/03/0f8e2c1e-attachment');
    expect(await storage.get('2025/03/0f8e2c1e-attachment')).toBeNull();
  });

  it('signs an empty body too', async () => {
    const storage = storageWith();
    await storage.put('2025/03/empty', Buffer.alloc(0), 'application/octet-stream');
    expect(await storage.get('2025/03/empty')).toEqual(Buffer.alloc(0));
  });

  it('reports S3 errors with their code', async () => {
    const error = await storageWith('wrong-secret')
      .put('2025/03/x', Buffer.from('x'), 'text/plain')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(S3StorageError);
    expect(error).toMatchObject({ status: 403, s3Code: 'SignatureDoesNotMatch', operation: 'PutObject' });
  });

  it('the fake itself refuses a body that does not match its signed hash', async () => {
    const url = new URL(`${endpoint}/yanzhen-files/2025/03/tampered`);
    const signed = signRequest(
      { method: 'PUT', url, payloadHash: sha256Hex('signed body'), now: new Date() },
      { ...credentials, service: 's3' },
    );
    const response = await fetch(url, { method: 'PUT', headers: signed.headers, body: 'other body' });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('does not match body');
  });

  it('refuses unsafe keys before sending anything', async () => {
    await expect(storageWith().get('../other-bucket/x')).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  it('gives up after the timeout', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const storage = createS3Storage({
      endpoint: `http://127.0.0.1:${port}`,
      bucket: 'b',
      forcePathStyle: true,
      ...credentials,
      timeoutMs: 200,
    });
    await expect(storage.get('2025/03/x')).rejects.toThrow(/timeout|aborted/i);
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});

describe('buildObjectUrl', () => {
  it('builds virtual-hosted URLs for AWS and OSS, path-style for MinIO', () => {
    const oss = {
      endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
      bucket: 'kjt-files',
      forcePathStyle: false,
    };
    expect(buildObjectUrl(oss, '2025/03/a b').href).toBe(
      'https://kjt-files.oss-cn-hangzhou.aliyuncs.com/2025/03/a%20b',
    );
    const minio = { endpoint: 'http://minio:9000/', bucket: 'kjt-files', forcePathStyle: true };
    expect(buildObjectUrl(minio, '2025/03/x').href).toBe('http://minio:9000/kjt-files/2025/03/x');
  });
});
