import type net from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One MIME part: its headers (names in lower case, folded lines joined) and its body. */
export type Part = { headers: Record<string, string>; body: string };

/** A received mail: envelope recipients, raw RFC 822 text, readable text, decoded subject and leaf parts. */
export type Mail = {
  to: string[];
  raw: string;
  /** The raw message with quoted-printable soft line breaks and =XX escapes undone (UTF-8). */
  text: string;
  subject: string;
  /** All leaf parts, bodies decoded (base64 / quoted-printable) as UTF-8. */
  parts: Part[];
};

// ---- A tiny MIME reader: mailparser is not installed, so the raw RFC 822 text is taken apart here.

/** Undoes quoted-printable soft line breaks (`=\r\n`) and escapes (`=3D`, ...) in latin1 text; the bytes are read as UTF-8. */
function decodeQuotedPrintable(latin1: string): string {
  const bytes = latin1.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Splits a message (or part) into its headers and body. */
function splitMessage(raw: string): Part {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body: raw.slice(at + 4) };
}

/** All leaf parts with their bodies decoded (base64 / quoted-printable) as UTF-8. */
function leafParts(raw: string): Part[] {
  const part = splitMessage(raw);
  const type = part.headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    return part.body
      .split(`--${boundary}`)
      .slice(1, -1)
      .flatMap((p) => leafParts(p.replace(/^\r\n/, '')));
  }
  const enc = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  let body = part.body;
  if (enc === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') body = decodeQuotedPrintable(body);
  return [{ headers: part.headers, body }];
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=). */
function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

/** The tokens of all links to `path` (e.g. /confirm-email?token=...) in `mails`, in order. */
export function tokensIn(mails: Mail[], path: string): string[] {
  const pattern = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]+)`, 'g');
  return mails.flatMap((m) => [...m.text.matchAll(pattern)].map((x) => x[1]));
}

/** A real SMTP server on a free port that keeps every mail it receives. */
export async function startSmtpSink() {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const data = Buffer.concat(chunks);
        const raw = data.toString('utf8');
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          text: decodeQuotedPrintable(data.toString('latin1')),
          subject: decodeWords(splitMessage(raw).headers.subject ?? ''),
          parts: leafParts(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Mails to one address. */
    to: (address: string) => mails.filter((m) => m.to.includes(address)),
    /** The token of the last link to `path` (e.g. /confirm-email) in mails to `address`. */
    token(address: string, path: string) {
      const found = tokensIn(
        mails.filter((m) => m.to.includes(address)),
        path,
      );
      if (!found.length) throw new Error(`no ${path} link in mails to ${address}`);
      return found[found.length - 1];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The running sink returned by startSmtpSink. */
export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;
