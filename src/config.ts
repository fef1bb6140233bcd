import { z } from 'zod';
import path from 'node:path';
import { parseNetworks } from './lib/networks.js';

const bool = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().optional(),
  DATABASE_URL: z.string().url().optional(),
  VAXOPS_DATA_DIR: z.string().default('./data'),
  VAXOPS_MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes, base64 encoded (openssl rand -base64 32)')
    .optional(),
  VAXOPS_DEMO: bool.optional(),
  VAXOPS_DEMO_PASSWORD: z.string().min(1).default('demo'),
  VAXOPS_DB_APP_ROLE: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/).default('vaxops_app'),
  VAXOPS_DB_APP_PASSWORD: z.string().min(12).optional(),
  VAXOPS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  VAXOPS_TENANT: z.string().default('demo'),
  VAXOPS_WEB_DIR: z.string().default('./dist/web'),
  VAXOPS_SESSION_HOURS: z.coerce.number().min(0.1).max(24 * 30).default(12),
  VAXOPS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(2).max(24 * 60).default(30),
  VAXOPS_COOKIE_SECURE: bool.optional(),
  VAXOPS_BODY_LIMIT: z.coerce.number().int().min(1024).default(64 * 1024),
  VAXOPS_PUBLIC_URL: z.string().url().optional(),
  VAXOPS_SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be smtp://user:pass@host:port or smtps://...').optional(),
  VAXOPS_MAIL_FROM: z.string().default('vaxops <noreply@vaxops.localhost>'),
  VAXOPS_SMS_URL: z.string().url().optional(),
  VAXOPS_SMS_TOKEN: z.string().optional(),
  VAXOPS_OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
  VAXOPS_IMPORT_BODY_LIMIT: z.coerce.number().int().min(1024).default(2 * 1024 * 1024 * 1024),
  VAXOPS_TRUST_PROXY: bool.optional(),
  VAXOPS_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  VAXOPS_WAITING_ROOM: z.enum(['on', 'off', 'auto']).optional(),
  VAXOPS_WAITING_ROOM_RATE: z.coerce.number().int().min(1).default(600),
  VAXOPS_WAITING_ROOM_AUTO_RPS: z.coerce.number().min(1).default(200),
  VAXOPS_ADMISSION_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
  VAXOPS_CAPTCHA: z.enum(['on', 'off']).optional(),
  VAXOPS_CAPTCHA_COMPLEXITY: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
  VAXOPS_RATE_LIMIT: z.enum(['on', 'off']).optional(),
  VAXOPS_CITIZEN_VERIFICATION: z.enum(['on', 'off']).optional(),
  VAXOPS_DEMO_MAILBOX: z.enum(['on', 'off']).optional(),
  VAXOPS_DCC_COUNTRY: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE').default('DE'),
  VAXOPS_DCC_ISSUER: z.string().trim().min(1).max(80).optional(),
  VAXOPS_DCC_VALIDITY_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  VAXOPS_DCC_TRUST_FILE: z.string().optional(),
  VAXOPS_DCC_GENERATE_KEYS: bool.optional(),
  VAXOPS_OPS_TOKEN: z.string().min(16, 'must be at least 16 characters (openssl rand -base64 24)').optional(),
  VAXOPS_OPS_NETWORKS: z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .superRefine((cidrs, ctx) => {
      try {
        parseNetworks(cidrs);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The validated server configuration; nothing else reads process.env. */
export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  masterKey?: string;
  demo: boolean;
  demoPassword: string;
  appRole: string;
  appRolePassword?: string;
  poolSize: number;
  defaultTenant: string;
  webDir: string;
  sessionHours: number;
  /** A staff session unused for this long is dead (checked by the session look-up). */
  sessionIdleMinutes: number;
  cookieSecure: boolean;
  bodyLimit: number;
  /** Base URL of the portal, for links in mails and letters. */
  publicUrl: string;
  /** SMTP server for e-mail; without it e-mails stay in the outbox (logged as undeliverable). */
  smtpUrl?: string;
  mailFrom: string;
  /** HTTP gateway for SMS: POST {to, text} as JSON with a bearer token. */
  smsUrl?: string;
  smsToken?: string;
  outboxIntervalMs: number;
  /** Largest register import accepted over the API, in bytes. */
  importBodyLimit: number;
  /** Behind a load balancer: take the client address from X-Forwarded-For (never without one: it is forgeable). */
  trustProxy: boolean;
  /** Server processes sharing the port (PostgreSQL only: embedded PGlite lives inside one process). */
  workers: number;
  /** Waiting room: always on, off, or switched on automatically above `autoRps` public writes per second. */
  waitingRoom: { mode: 'on' | 'off' | 'auto'; admissionsPerMinute: number; autoRps: number; admissionMinutes: number };
  /** Proof-of-work challenge (ALTCHA) on registration and booking; complexity = max. number the client searches. */
  captcha: { enabled: boolean; complexity: number };
  /** Per-client and per-person rate limits and guess lock-outs. */
  rateLimits: boolean;
  /**
   * Citizens prove control of an e-mail address or mobile number (a code) before they register or book, and
   * act only for the people of that contact. Off: the public API of before (load tests, like captcha).
   */
  citizenVerification: boolean;
  /** The demo mailbox (what the outbox sent, decrypted, for anyone): embedded or demo mode only, never production. */
  demoMailbox: boolean;
  /**
   * EU Digital COVID Certificates: issuing country (CWT iss, DCC co, UVCI), issuer name (DCC is; default the
   * tenant's name), how long a signature is valid, extra trusted signers for verification (PEM or a JSON trust
   * list), and whether missing issuing keys are generated (demo/embedded; production imports them).
   */
  dcc: { country: string; issuer?: string; validityDays: number; trustFile?: string; generateKeys: boolean };
  /**
   * Operator endpoints (/metrics, /api/docs and /api/docs/json): open to all (embedded default), else only to
   * requests with the Bearer token or from the networks (CIDRs); with PostgreSQL closed unless one is set.
   */
  ops: { open: boolean; token?: string; networks: string[] };
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
};

export class ConfigError extends Error {}

/** Demo accounts (whose password is known) may sign in: always embedded, on PostgreSQL only in demo mode. */
export const demoSignInsAllowed = (c: Config) => !c.databaseUrl || c.demo;

/** Demo accounts with a known password are live on PostgreSQL: warned about at start and in the staff console. */
export const demoAccountsLive = (c: Config) => Boolean(c.databaseUrl) && c.demo;

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set" (as in `DATABASE_URL= npm start`).
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const embedded = !e.DATABASE_URL;
  const demo = e.VAXOPS_DEMO ?? embedded;
  if (e.VAXOPS_DEMO_MAILBOX === 'on' && !embedded && !demo) {
    throw new ConfigError('VAXOPS_DEMO_MAILBOX=on shows every message sent to anyone: only with the embedded database or VAXOPS_DEMO=1, never in production.');
  }
  if (embedded && e.VAXOPS_WORKERS > 1) {
    throw new ConfigError('VAXOPS_WORKERS > 1 needs PostgreSQL (DATABASE_URL): the embedded database lives inside one process.');
  }
  return {
    port: e.PORT,
    // The embedded try-out is for the person at this machine: not reachable from the network unless asked for.
    host: e.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.VAXOPS_DATA_DIR),
    masterKey: e.VAXOPS_MASTER_KEY,
    // Embedded mode is the newcomer's path: demo data on by default; PostgreSQL only on request.
    demo,
    demoPassword: e.VAXOPS_DEMO_PASSWORD,
    appRole: e.VAXOPS_DB_APP_ROLE,
    appRolePassword: e.VAXOPS_DB_APP_PASSWORD,
    poolSize: e.VAXOPS_DB_POOL_SIZE,
    defaultTenant: e.VAXOPS_TENANT,
    webDir: path.resolve(e.VAXOPS_WEB_DIR),
    sessionHours: e.VAXOPS_SESSION_HOURS,
    sessionIdleMinutes: e.VAXOPS_SESSION_IDLE_MINUTES,
    cookieSecure: e.VAXOPS_COOKIE_SECURE ?? false,
    bodyLimit: e.VAXOPS_BODY_LIMIT,
    publicUrl: (e.VAXOPS_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.VAXOPS_SMTP_URL,
    mailFrom: e.VAXOPS_MAIL_FROM,
    smsUrl: e.VAXOPS_SMS_URL,
    smsToken: e.VAXOPS_SMS_TOKEN,
    outboxIntervalMs: e.VAXOPS_OUTBOX_INTERVAL_MS,
    importBodyLimit: e.VAXOPS_IMPORT_BODY_LIMIT,
    workers: e.VAXOPS_WORKERS,
    trustProxy: e.VAXOPS_TRUST_PROXY ?? false,
    waitingRoom: {
      mode: e.VAXOPS_WAITING_ROOM ?? (embedded ? 'off' : 'auto'),
      admissionsPerMinute: e.VAXOPS_WAITING_ROOM_RATE,
      autoRps: e.VAXOPS_WAITING_ROOM_AUTO_RPS,
      admissionMinutes: e.VAXOPS_ADMISSION_MINUTES,
    },
    // Production (PostgreSQL) defends by default; the embedded try-out keeps the public API open to
    // partner apps and load tests right after `npm start`. Either can be set explicitly.
    captcha: { enabled: (e.VAXOPS_CAPTCHA ?? (embedded ? 'off' : 'on')) === 'on', complexity: e.VAXOPS_CAPTCHA_COMPLEXITY },
    rateLimits: (e.VAXOPS_RATE_LIMIT ?? (embedded ? 'off' : 'on')) === 'on',
    // On everywhere by default, embedded too: it protects people, not the server.
    citizenVerification: (e.VAXOPS_CITIZEN_VERIFICATION ?? 'on') === 'on',
    demoMailbox: (e.VAXOPS_DEMO_MAILBOX ?? (demo ? 'on' : 'off')) === 'on',
    dcc: {
      country: e.VAXOPS_DCC_COUNTRY,
      issuer: e.VAXOPS_DCC_ISSUER,
      validityDays: e.VAXOPS_DCC_VALIDITY_DAYS,
      trustFile: e.VAXOPS_DCC_TRUST_FILE ? path.resolve(e.VAXOPS_DCC_TRUST_FILE) : undefined,
      generateKeys: e.VAXOPS_DCC_GENERATE_KEYS ?? (embedded || (e.VAXOPS_DEMO ?? embedded)),
    },
    ops: {
      open: embedded && !e.VAXOPS_OPS_TOKEN && !e.VAXOPS_OPS_NETWORKS?.length,
      token: e.VAXOPS_OPS_TOKEN,
      networks: e.VAXOPS_OPS_NETWORKS ?? [],
    },
    logLevel: e.LOG_LEVEL,
  };
}
