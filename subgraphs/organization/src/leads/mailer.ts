/**
 * confirmation_email_dispatch (seed 004): the worker that sends the
 * confirmation mail of each demo booking over SMTP (nodemailer).
 *
 * The mail consumer records a `mail_deliveries` row from
 * `organization.demo_booking.created` (after the booking committed); this
 * worker sends due rows. A row is claimed with a lease (next_attempt_at moved
 * ahead, `for update skip locked`), so several instances never send one mail
 * twice at the same time and no transaction stays open during SMTP. A failure
 * keeps the lead, logs the error, and schedules the next attempt with
 * exponential backoff (30 s doubling, at most an hour); after `maxAttempts`
 * the row is given up (next_attempt_at null, last_error kept). Success records
 * sent_at and the lead's confirmation_sent_at.
 *
 * Without SMTP (the embedded mode has none) every due mail is logged as not
 * sent and retried later like any failure.
 */
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { scopes, type Db } from "@meander/db";
import type { Logger, Worker } from "@meander/subgraph-kit";
import { createLeadRepository, type LeadRow } from "../db/repositories/leads.js";
import { createMailDeliveryRepository } from "../db/repositories/mail-deliveries.js";

/** Leads and their mails are the platform's data: the worker acts for the platform. */
const PLATFORM = scopes.platform();

export interface MailerOptions {
  db: Db;
  log: Logger;
  /** smtp://host:port (smtps:// for TLS); unset: mails are logged as not sent and retried. */
  smtpUrl?: string;
  from?: string;
  /** The confirmation page; the mail links to `<confirmationUrl>/<masked_ref>`. */
  confirmationUrl?: string;
  /** How often the worker looks for due mails; 0: never by itself (tests call runOnce). */
  pollMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** The worker's clock (tests move it forward to make a retry due). */
  now?: () => Date;
}

export interface ConfirmationMailer extends Worker {
  /** Sends every due mail once; resolves with how many were sent and how many failed. */
  runOnce(): Promise<{ sent: number; failed: number }>;
}

export const DEFAULT_FROM = "Meander <no-reply@meander.no>";
export const DEFAULT_CONFIRMATION_URL = "https://meander.no/demo/bekreftelse";
const LEASE_MS = 2 * 60_000;

/** smtp://user:pass@host:port (STARTTLS when the server offers it) or smtps:// (TLS from the start); short timeouts. */
export function smtpOptions(url: string): SMTPTransport.Options {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

/** 30 s, 1 min, 2 min, ... at most one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export function confirmationMail(
  lead: Pick<LeadRow, "firstName" | "organizationName" | "maskedRef" | "email">,
  opts: { from: string; confirmationUrl: string },
) {
  const link = `${opts.confirmationUrl.replace(/\/+$/, "")}/${encodeURIComponent(lead.maskedRef)}`;
  return {
    from: opts.from,
    to: lead.email,
    subject: "Vi har mottatt din forespørsel om demo av Meander",
    text: [
      `Hei ${lead.firstName},`,
      "",
      `Takk for at du vil se Meander for ${lead.organizationName}. Vi tar kontakt for å avtale tidspunkt for demoen.`,
      "",
      `Se forespørselen din her: ${link}`,
      "",
      "Vennlig hilsen",
      "Meander",
    ].join("\n"),
  };
}

export function createConfirmationMailer(opts: MailerOptions): ConfirmationMailer {
  const now = opts.now ?? (() => new Date());
  const from = opts.from ?? DEFAULT_FROM;
  const confirmationUrl = opts.confirmationUrl ?? DEFAULT_CONFIRMATION_URL;
  const maxAttempts = opts.maxAttempts ?? 30;
  const transport: Transporter | null = opts.smtpUrl ? nodemailer.createTransport(smtpOptions(opts.smtpUrl)) : null;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;

  const deliveries = createMailDeliveryRepository(opts.db, PLATFORM);

  /** Claims up to batchSize due deliveries: their next attempt moves a lease ahead, attempts counts this one. */
  function claim(at: Date) {
    return deliveries.claim(at, new Date(at.getTime() + LEASE_MS), opts.batchSize ?? 20);
  }

  async function runOnce() {
    const at = now();
    const claimed = await claim(at);
    if (claimed.length === 0) return { sent: 0, failed: 0 };
    const leadRows = await createLeadRepository(opts.db, PLATFORM).byIds([...new Set(claimed.map((c) => c.leadId))]);
    const byId = new Map(leadRows.map((l) => [l.id, l]));
    let sent = 0;
    let failed = 0;
    for (const delivery of claimed) {
      const lead = byId.get(delivery.leadId)!;
      try {
        if (!transport) throw new Error("SMTP is not configured (SMTP_URL): confirmation mail not sent");
        await transport.sendMail(confirmationMail(lead, { from, confirmationUrl }));
        const sentAt = now();
        await opts.db.transaction(async (tx) => {
          await createMailDeliveryRepository(tx, PLATFORM).markSent(delivery.id, sentAt);
          await createLeadRepository(tx, PLATFORM).markConfirmationSent(lead.id, sentAt);
        });
        sent++;
      } catch (err) {
        failed++;
        const giveUp = delivery.attempts >= maxAttempts;
        const next = giveUp ? null : new Date(now().getTime() + backoffMs(delivery.attempts));
        const message = (err as Error).message ?? String(err);
        await deliveries.markFailed(delivery.id, message.slice(0, 1000), next);
        const log = {
          deliveryId: delivery.id,
          leadId: lead.id,
          attempts: delivery.attempts,
          nextAttemptAt: next?.toISOString() ?? null,
          error: message,
        };
        if (giveUp) opts.log.error(log, "confirmation mail given up");
        else opts.log.warn(log, "confirmation mail not sent; will retry");
      }
    }
    return { sent, failed };
  }

  /** One run at a time per worker: a timer tick never overlaps a running batch. */
  function tick() {
    if (running) return;
    running = runOnce()
      .catch((err: unknown) => opts.log.error({ err }, "confirmation mail worker failed"))
      .finally(() => {
        running = null;
      });
  }

  return {
    runOnce,
    start() {
      if (opts.pollMs && opts.pollMs > 0) timer = setInterval(tick, opts.pollMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
      transport?.close();
    },
  };
}

/** How many confirmation mails are waiting (operations, tests). */
export async function pendingMailCount(db: Db): Promise<number> {
  return createMailDeliveryRepository(db, PLATFORM).pendingCount();
}
