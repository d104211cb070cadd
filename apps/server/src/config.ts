import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL (leave unset for the embedded database)')
      .optional(),
    YANZHEN_DATA_DIR: z.string().min(1).default('var'),
    YANZHEN_DEMO_DATA: bool.optional(),
    YANZHEN_PUBLIC_URL: z
      .url({ message: 'expected an absolute URL such as https://kjt.example.cn' })
      .optional(),
    YANZHEN_WEB_DIST: z.string().optional(),
    YANZHEN_COOKIE_SECURE: bool.optional(),
    YANZHEN_TRUST_PROXY: bool.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(12),
    LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
    LOGIN_IP_MAX_FAILURES: z.coerce.number().int().positive().default(30),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'expected smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().default('雁阵 Yanzhen <no-reply@yanzhen.local>'),
    YANZHEN_UPLOAD_MAX_MB: z.coerce.number().positive().max(500).default(20),
    YANZHEN_STORAGE: z.enum(['local', 's3']).default('local'),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: bool.default(false),
    CLAMD_HOST: z.string().optional(),
    CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
    CLAMD_SOCKET: z.string().optional(),
    CLAMD_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_LABEL: z.string().default('政务服务网登录'),
    /** background jobs (deadline reminders, notification e-mails) in this process; several processes may run them */
    JOBS_ENABLED: bool.default(true),
  })
  .superRefine((c, ctx) => {
    if (c.YANZHEN_STORAGE === 's3') {
      for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!c[name])
          ctx.addIssue({ code: 'custom', path: [name], message: 'required when YANZHEN_STORAGE is s3' });
      }
    }
    if (c.OIDC_ISSUER && !c.OIDC_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'required when OIDC_ISSUER is set' });
    }
  });

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.output<typeof configSchema>) {
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    isProduction: production,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: env.YANZHEN_DATA_DIR,
    demoData: env.YANZHEN_DEMO_DATA ?? !production,
    publicUrl: env.YANZHEN_PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    webDist: env.YANZHEN_WEB_DIST ?? null,
    cookieSecure: env.YANZHEN_COOKIE_SECURE ?? production,
    trustProxy: env.YANZHEN_TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    sessionTtlMs: env.SESSION_TTL_HOURS * 3600_000,
    login: {
      maxFailures: env.LOGIN_MAX_FAILURES,
      lockMs: env.LOGIN_LOCK_MINUTES * 60_000,
      ipMaxFailures: env.LOGIN_IP_MAX_FAILURES,
    },
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM },
    jobs: { enabled: env.JOBS_ENABLED },
    uploads: { maxBytes: Math.round(env.YANZHEN_UPLOAD_MAX_MB * 1024 * 1024) },
    storage:
      env.YANZHEN_STORAGE === 's3'
        ? {
            kind: 's3' as const,
            endpoint: env.S3_ENDPOINT ?? '',
            region: env.S3_REGION,
            bucket: env.S3_BUCKET ?? '',
            accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
          }
        : { kind: 'local' as const },
    clamd: env.CLAMD_SOCKET
      ? { address: { socketPath: env.CLAMD_SOCKET }, timeoutMs: env.CLAMD_TIMEOUT_MS }
      : env.CLAMD_HOST
        ? { address: { host: env.CLAMD_HOST, port: env.CLAMD_PORT }, timeoutMs: env.CLAMD_TIMEOUT_MS }
        : null,
    oidc: env.OIDC_ISSUER
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID ?? '',
          clientSecret: env.OIDC_CLIENT_SECRET ?? null,
          label: env.OIDC_LABEL,
        }
      : null,
  };
}

export class ConfigError extends Error {}

/** Parses the environment; the error names every bad variable and what was expected. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? '');
      const got = name in present ? ` (got ${JSON.stringify(present[name])})` : '';
      return `  ${name}: ${i.message}${got}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return toConfig(parsed.data);
}
