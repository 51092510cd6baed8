/**
 * Delivery channels: one interface, one implementation per provider. Push
 * goes to FCM and APNs (push.ts) or a generic push gateway over HTTP, SMS to a
 * provider's HTTP API, e-mail over SMTP. A channel throws on failure (the
 * sender retries with backoff).
 */
import nodemailer from "nodemailer";
import type { DeadDevice } from "../domain/push.js";

export interface OutgoingMessage {
  notificationId: string;
  userId: string;
  /** The user's e-mail address when known (e-mail channel). */
  email: string | null;
  /** The user's phone number as identity recorded it (SMS channel; an SMS is never queued without one). */
  phone: string | null;
  title: string;
  body: string;
  data: Record<string, string>;
  /** The user's active push devices in the notification's organization (push channel only). */
  devices: PushTarget[];
}

export interface PushTarget {
  id: string;
  platform: "android" | "ios";
  token: string;
}

/** What a send found out besides success: devices whose tokens are dead (the sender deactivates them). */
export interface DeliveryReport {
  deadDevices: DeadDevice[];
}

/** A failed send that still found dead device tokens. */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly deadDevices: DeadDevice[],
  ) {
    super(message);
    this.name = "DeliveryFailure";
  }
}

export interface DeliveryChannelProvider {
  send(message: OutgoingMessage): Promise<void | DeliveryReport>;
  /** Ends open connections (APNs keeps an HTTP/2 session). */
  close?(): void | Promise<void>;
}

export type ExternalChannel = "push" | "email" | "sms";
export type Channels = Partial<Record<ExternalChannel, DeliveryChannelProvider>>;

/**
 * A provider behind an HTTP API (an SMS provider, or a push gateway of one's
 * own that fans out to FCM and APNs): POSTs the message as JSON; any non-2xx
 * answer is a failure.
 */
export function httpChannel(url: string, opts: { token?: string; timeoutMs?: number } = {}): DeliveryChannelProvider {
  return {
    async send(message) {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
        body: JSON.stringify({ ...message, devices: undefined }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    },
  };
}

/** E-mail over SMTP (smtp://host:port, smtps:// for TLS from the start); a user without a known address fails the delivery. */
export function smtpChannel(url: string, from: string): DeliveryChannelProvider & { close(): void } {
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as object);
  return {
    async send(message) {
      if (!message.email) throw new Error("no e-mail address known for the user");
      await transport.sendMail({ from, to: message.email, subject: message.title, text: message.body });
    },
    close: () => transport.close(),
  };
}
