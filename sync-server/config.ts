import { z } from 'zod';
import { DEFAULT_LIMITS, type Limits } from './limits';

/** The standalone relay's settings, all from the environment (docs/sync.md lists them). */
export interface StandaloneConfig {
  port: number;
  host: string;
  pathPrefix: string;
  databaseUrl: string;
  /** null only when SYNC_SINGLE_PROCESS=1 says no other process serves these shops */
  redisUrl: string | null;
  redisPrefix: string;
  registrationSecret: string;
  metricsToken: string | undefined;
  anonymousCatalog: boolean;
  limits: Limits;
}

const flag = z.enum(['0', '1']).transform((v) => v === '1');

const EnvSchema = z.object({
  SYNC_PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  SYNC_HOST: z.string().min(1).default('127.0.0.1'),
  SYNC_PATH_PREFIX: z
    .string()
    .regex(/^\/([A-Za-z0-9_-]+\/)*$/, 'a path such as / or /sync/')
    .default('/'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required: postgres://user:password@host:5432/database' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  SYNC_SINGLE_PROCESS: flag.default(false),
  SYNC_REDIS_PREFIX: z.string().min(1).max(64).default('sk:sync:'),
  SYNC_REGISTRATION_SECRET: z
    .string({ error: 'SYNC_REGISTRATION_SECRET is required: at least 32 characters shops present to register' })
    .min(32, 'at least 32 characters'),
  SYNC_METRICS_TOKEN: z.string().min(16).optional(),
  SYNC_ANONYMOUS_CATALOG: flag.default(true),
});

/** `SYNC_LIMIT_MAX_MESSAGE_BYTES` sets limits.maxMessageBytes, and so on for each limit. */
const limitVariable = (name: string) => `SYNC_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

export type ConfigResult = { ok: true; config: StandaloneConfig } | { ok: false; problems: string[] };

export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const problems: string[] = [];
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(DEFAULT_LIMITS) as Array<keyof Limits>) {
    const raw = env[limitVariable(name)];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) problems.push(`${limitVariable(name)}: a positive whole number, not ${JSON.stringify(raw)}`);
    else limits[name] = value;
  }
  if (parsed.success && !parsed.data.REDIS_URL && !parsed.data.SYNC_SINGLE_PROCESS) {
    problems.push('REDIS_URL: required so that several relay processes can serve the same shops (or set SYNC_SINGLE_PROCESS=1 to run exactly one)');
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.SYNC_PORT,
      host: e.SYNC_HOST,
      pathPrefix: e.SYNC_PATH_PREFIX,
      databaseUrl: e.DATABASE_URL,
      redisUrl: e.REDIS_URL ?? null,
      redisPrefix: e.SYNC_REDIS_PREFIX,
      registrationSecret: e.SYNC_REGISTRATION_SECRET,
      metricsToken: e.SYNC_METRICS_TOKEN,
      anonymousCatalog: e.SYNC_ANONYMOUS_CATALOG,
      limits,
    },
  };
}
