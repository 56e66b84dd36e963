import { createTransport } from 'nodemailer';
import type { Mailer } from './mailer.js';

/** Where and how to reach the mail server. The URL may hold a password: it is never logged. */
export interface SmtpSettings {
  smtpUrl: string;
  from: string;
  timeoutMs: number;
}

/** A mailer over SMTP (nodemailer), with short timeouts so a dead server fails fast. */
export function createSmtpMailer(settings: SmtpSettings): Mailer {
  const transport = createTransport(
    {
      url: settings.smtpUrl,
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
      logger: false,
    },
    { from: settings.from },
  );
  return {
    send: async (email) => {
      await transport.sendMail({ to: email.to, subject: email.subject, text: email.text });
    },
    close: () => transport.close(),
  };
}
