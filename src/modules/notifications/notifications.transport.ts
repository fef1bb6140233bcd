import nodemailer from 'nodemailer';
import type { Deps } from '../../context.js';
import type { RenderedEmail } from './notifications.templates.js';

/** A delivery failure with a reason that is safe to store and log: never an address or content. */
export class DeliveryError extends Error {
  constructor(
    readonly reason: string,
    /** True when retrying cannot help (no address, unreadable payload). */
    readonly permanent = false,
  ) {
    super(reason);
  }
}

/** An SMTP transport (pooled connections). */
export type Mailer = ReturnType<typeof nodemailer.createTransport>;

const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };
const SMS_TIMEOUT_MS = 30_000;

function mailer(deps: Deps): Mailer {
  return (deps.state.mailer ??= nodemailer.createTransport({ url: deps.config.smtpUrl!, ...SMTP_TIMEOUTS }));
}

/** Closes the SMTP transport of these deps (on shutdown). */
export function closeTransports(deps: Deps) {
  deps.state.mailer?.close();
  deps.state.mailer = undefined;
}

const clean = (s: unknown) => String(s).replace(/[^A-Za-z0-9 _.-]/g, '').slice(0, 40);

/**
 * Describes a nodemailer error by its code, SMTP status and command only: the messages of SMTP errors
 * can quote the recipient's address, so they are never kept.
 */
export function describeSmtpError(err: unknown): string {
  const e = (err ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
  const parts = ['smtp', e.code ? clean(e.code) : 'error'];
  if (typeof e.responseCode === 'number') parts.push(String(e.responseCode));
  if (e.command) parts.push(`at ${clean(e.command)}`);
  return parts.join(' ');
}

/** Sends one e-mail through the configured SMTP server. */
export async function sendEmail(deps: Deps, to: string, mail: RenderedEmail): Promise<void> {
  try {
    await mailer(deps).sendMail({
      from: deps.config.mailFrom,
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  } catch (err) {
    throw new DeliveryError(describeSmtpError(err));
  }
}

/** Sends one SMS through the HTTP gateway: POST {to, text}, bearer token; anything but 2xx fails. */
export async function sendSms(deps: Deps, to: string, text: string): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (deps.config.smsToken) headers.authorization = `Bearer ${deps.config.smsToken}`;
  let res: Response;
  try {
    res = await fetch(deps.config.smsUrl!, { method: 'POST', headers, body: JSON.stringify({ to, text }), signal: AbortSignal.timeout(SMS_TIMEOUT_MS) });
  } catch (err) {
    const e = err as { name?: string; cause?: { code?: string } };
    throw new DeliveryError(`sms ${clean(e.cause?.code ?? e.name ?? 'error')}`);
  }
  await res.body?.cancel().catch(() => {});
  if (res.status < 200 || res.status > 299) throw new DeliveryError(`sms http ${res.status}`);
}
