/**
 * Delivery channels: one interface, one implementation per provider. Push
 * (FCM/APNs) and SMS providers are reached over HTTP; e-mail over SMTP. A
 * channel throws on failure (the sender retries with backoff).
 */
import nodemailer from "nodemailer";

export interface OutgoingMessage {
  notificationId: string;
  userId: string;
  /** The user's e-mail address when known (e-mail channel). */
  email: string | null;
  title: string;
  body: string;
  data: Record<string, string>;
}

export interface DeliveryChannelProvider {
  send(message: OutgoingMessage): Promise<void>;
}

export type ExternalChannel = "push" | "email" | "sms";
export type Channels = Partial<Record<ExternalChannel, DeliveryChannelProvider>>;

/**
 * A provider behind an HTTP API (the push gateway that fans out to FCM and
 * APNs, or an SMS provider): POSTs the message as JSON; any non-2xx answer is
 * a failure.
 */
export function httpChannel(url: string, opts: { token?: string; timeoutMs?: number } = {}): DeliveryChannelProvider {
  return {
    async send(message) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    },
  };
}

/** E-mail over SMTP (smtp://host:port, smtps:// for TLS from the start); a user without a known address fails the delivery. */
export function smtpChannel(url: string, from: string): DeliveryChannelProvider & { close(): void } {
  const transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as object);
  return {
    async send(message) {
      if (!message.email) throw new Error("no e-mail address known for the user");
      await transport.sendMail({ from, to: message.email, subject: message.title, text: message.body });
    },
    close: () => transport.close(),
  };
}
