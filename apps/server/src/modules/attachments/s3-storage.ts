import { encodeKeyPath, type SigningScope, sha256Hex, signRequest } from './aws-signature-v4';
import { assertStorageKey, type FileStorage } from './storage';

/** How to reach an S3-compatible bucket (AWS S3, MinIO, Alibaba Cloud OSS through its S3 API, ...). */
export type S3StorageOptions = {
  /** Service root, e.g. "https://s3.cn-north-1.amazonaws.com.cn", "https://oss-cn-hangzhou.aliyuncs.com", "http://minio:9000". */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** true: endpoint/bucket/key (MinIO); false: bucket.endpoint/key (AWS, OSS). */
  forcePathStyle: boolean;
  /** Per request; defaults to 60 seconds. */
  timeoutMs?: number;
  /** The clock used for signing; tests can pin it. */
  now?: () => Date;
};

/** A refusal from the object store, with S3's error code when it gave one (e.g. "SignatureDoesNotMatch"). */
export class S3StorageError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly s3Code: string | null,
    detail: string,
  ) {
    super(`S3 ${operation} failed with HTTP ${status}${s3Code ? ` ${s3Code}` : ''}: ${detail}`);
    this.name = 'S3StorageError';
  }
}

/** The URL of an object, path-style or virtual-hosted, with the key encoded once as SigV4 expects. */
export function buildObjectUrl(
  options: Pick<S3StorageOptions, 'endpoint' | 'bucket' | 'forcePathStyle'>,
  key: string,
) {
  const endpoint = new URL(options.endpoint);
  const base = endpoint.pathname.replace(/\/+$/, '');
  const path = encodeKeyPath(key);
  if (options.forcePathStyle) {
    return new URL(
      `${endpoint.protocol}//${endpoint.host}${base}/${encodeURIComponent(options.bucket)}/${path}`,
    );
  }
  return new URL(`${endpoint.protocol}//${options.bucket}.${endpoint.host}${base}/${path}`);
}

async function failure(operation: string, response: Response): Promise<S3StorageError> {
  const body = await response.text().catch(() => '');
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1] ?? null;
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1] ?? body.slice(0, 200);
  return new S3StorageError(operation, response.status, code, message);
}

/**
 * Stores attachments in an S3-compatible bucket with plain `fetch`, each request signed with AWS Signature
 * Version 4 over the full payload hash (no SDK). GET of a missing object gives null; DELETE of one succeeds.
 */
export function createS3Storage(options: S3StorageOptions): FileStorage {
  const scope: SigningScope = {
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    region: options.region,
    service: 's3',
  };
  const timeoutMs = options.timeoutMs ?? 60_000;
  const now = options.now ?? (() => new Date());

  function send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer, contentType?: string) {
    assertStorageKey(key);
    const url = buildObjectUrl(options, key);
    const { headers } = signRequest(
      {
        method,
        url,
        headers: contentType ? { 'content-type': contentType } : {},
        payloadHash: sha256Hex(body ?? ''),
        now: now(),
      },
      scope,
    );
    return fetch(url, {
      method,
      headers,
      // Node Buffers are backed by ArrayBuffer, never SharedArrayBuffer; the view avoids copying the file.
      body: body ? new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
  }

  return {
    async put(key, bytes, contentType) {
      const response = await send('PUT', key, bytes, contentType);
      if (!response.ok) throw await failure('PutObject', response);
      await response.arrayBuffer();
    },

    async get(key) {
      const response = await send('GET', key);
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) throw await failure('GetObject', response);
      return Buffer.from(await response.arrayBuffer());
    },

    async delete(key) {
      const response = await send('DELETE', key);
      if (!response.ok && response.status !== 404) throw await failure('DeleteObject', response);
      await response.arrayBuffer();
    },
  };
}
