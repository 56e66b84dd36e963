// Test support: a local SMTP server (smtp-server) that keeps every mail it receives.
import net from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One mail as the server received it. */
export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A running local SMTP server. */
export interface LocalSmtpServer {
  port: number;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

/** Starts an SMTP server on `port` (0: any free port) that accepts every mail without TLS or login. */
export async function startLocalSmtpServer(port = 0): Promise<LocalSmtpServer> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        mails.push({ to, raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as net.AddressInfo;
  return {
    port: address.port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nobody listens on right now: a mail server that is down. */
export async function findFreePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
