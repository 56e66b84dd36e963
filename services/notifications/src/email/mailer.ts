/** One plain-text email. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Something that sends emails; it throws when the mail server does not accept one. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}
