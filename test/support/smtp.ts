import type net from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Mail = { to: string[]; raw: string; text: string };

/** Undoes quoted-printable soft line breaks and escapes, enough to read links and words in a mail. */
function decodeQuotedPrintable(raw: string) {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
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
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: decodeQuotedPrintable(raw) });
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
      const pattern = new RegExp(`${path.replace('/', '\\/')}\\?token=([A-Za-z0-9_-]+)`, 'g');
      const found = mails.filter((m) => m.to.includes(address)).flatMap((m) => [...m.text.matchAll(pattern)].map((x) => x[1]));
      if (!found.length) throw new Error(`no ${path} link in mails to ${address}`);
      return found[found.length - 1];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
