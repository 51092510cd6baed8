import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@meander/subgraph-kit";
import { startSubgraph, type SubgraphHarness, waitForEvent } from "@meander/testing";
import { leads, mailDeliveries } from "../src/db/schema/index.js";
import { CLIENT_IP_HEADER } from "@meander/auth";
import { createConfirmationMailer, type ConfirmationMailer } from "../src/leads/mailer.js";
import { createSubgraph } from "../src/server.js";

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
function startSmtp(port = 0): Promise<{ server: SMTPServer; port: number; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const actual = (server.server.address() as AddressInfo).port;
      resolve({ server, port: actual, mails, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}

/** The decoded subject and text body of a raw message (RFC 2047 words, quoted-printable or base64 body). */
function decode(raw: string): { subject: string; text: string } {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const subjectLine = /^subject: (.*)$/im.exec(unfolded)?.[1] ?? "";
  const subject = subjectLine
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toLowerCase() === "b" ? Buffer.from(data, "base64").toString("utf8") : qp(data.replace(/_/g, " ")),
    );
  const body = rest.join("\n\n");
  const text = /content-transfer-encoding: base64/i.test(unfolded)
    ? Buffer.from(body, "base64").toString("utf8")
    : qp(body.replace(/=\r?\n/g, ""));
  return { subject, text };
}
function qp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "=" && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

let h: SubgraphHarness;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let mailer: ConfirmationMailer;
// Ahead of the database clock, so rows recorded just now are due for the worker under test.
let clock = new Date(Date.now() + 3_600_000);
const log = createLogger("test", "silent");
const CONFIRMATION_URL = "https://meander.test/demo/bekreftelse";
const BOOK = `mutation($input: BookDemoInput!) { bookDemo(input: $input) { received } }`;
let seq = 0;
const book = (email: string, firstName = "Kari") =>
  h.raw(
    BOOK,
    {
      input: {
        firstName,
        lastName: "Nordmann",
        email,
        organizationName: "Norges Handikapforbund",
        roleTitle: "Koordinator",
      },
    },
    {
      signingSecret: h.signingSecret,
      headers: { [CLIENT_IP_HEADER]: `192.0.2.${++seq}` },
    },
  );
const leadOf = async (email: string) =>
  (
    await h.db
      .select()
      .from(leads)
      .where(sql`lower(${leads.email}) = lower(${email})`)
  )[0]!;
/** The mail consumer records the delivery after the booking committed. */
const recorded = (leadId: string, n = 1) =>
  waitForEvent(async () =>
    expect(await h.db.select().from(mailDeliveries).where(eq(mailDeliveries.leadId, leadId))).toHaveLength(n),
  );

beforeAll(async () => {
  smtp = await startSmtp();
  h = await startSubgraph((deps) =>
    createSubgraph(deps, {
      mailer: () =>
        (mailer = createConfirmationMailer({
          db: deps.db,
          log: deps.log,
          smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
          from: "Meander <demo@meander.test>",
          confirmationUrl: CONFIRMATION_URL,
          pollMs: 0,
          now: () => clock,
        })),
    }),
  );
});

afterAll(async () => {
  await h?.stop();
  await smtp?.close();
});

describe("leads: confirmation_email_dispatch", () => {
  it("sends the confirmation mail after the booking, with subject, recipient and masked_ref link; records sent times", async () => {
    expect((await book("Kari@NHF.no")).errors).toBeUndefined();
    const lead = await leadOf("kari@nhf.no");
    await recorded(lead.id);
    expect(await mailer.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    // The stored address as given (the domain part travels lower-cased: domains are case-insensitive).
    expect(mail.to).toEqual(["Kari@nhf.no"]);
    expect(mail.from).toBe("demo@meander.test");
    const { subject, text } = decode(mail.raw);
    expect(subject).toBe("Vi har mottatt din forespørsel om demo av Meander");
    expect(text).toContain("Hei Kari,");
    expect(text).toContain(`${CONFIRMATION_URL}/${lead.maskedRef}`);
    const after = await leadOf("kari@nhf.no");
    expect(after.confirmationSentAt?.getTime()).toBe(clock.getTime());
    const [delivery] = await h.db.select().from(mailDeliveries).where(eq(mailDeliveries.leadId, lead.id));
    expect(delivery).toMatchObject({ attempts: 1, sentAt: clock, nextAttemptAt: null, lastError: null });
    // Nothing left to send: a second run sends nothing again.
    expect(await mailer.runOnce()).toEqual({ sent: 0, failed: 0 });
  });

  it("keeps the lead when the SMTP server is down, and sends the mail after it comes back", async () => {
    const port = smtp.port;
    await smtp.close();
    expect((await book("ola@hlf.no", "Ola")).errors).toBeUndefined();
    const lead = await leadOf("ola@hlf.no");
    await recorded(lead.id);
    expect(await mailer.runOnce()).toEqual({ sent: 0, failed: 1 });
    const [failed] = await h.db.select().from(mailDeliveries).where(eq(mailDeliveries.leadId, lead.id));
    expect(failed).toMatchObject({ attempts: 1, sentAt: null });
    expect(failed!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed!.nextAttemptAt!.getTime()).toBe(clock.getTime() + 30_000);
    expect((await leadOf("ola@hlf.no")).confirmationSentAt).toBeNull();
    // Not due yet: the backoff holds.
    expect(await mailer.runOnce()).toEqual({ sent: 0, failed: 0 });

    smtp = await startSmtp(port);
    clock = new Date(clock.getTime() + 31_000);
    expect(await mailer.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mails.map((m) => m.to)).toEqual([["ola@hlf.no"]]);
    expect(decode(smtp.mails[0]!.raw).text).toContain(`${CONFIRMATION_URL}/${lead.maskedRef}`);
    expect((await leadOf("ola@hlf.no")).confirmationSentAt?.getTime()).toBe(clock.getTime());
    const [sent] = await h.db.select().from(mailDeliveries).where(eq(mailDeliveries.leadId, lead.id));
    expect(sent).toMatchObject({ attempts: 2, lastError: null, nextAttemptAt: null });
  });

  it("sends a confirmation for a repeat booking too (same lead, same masked_ref link)", async () => {
    const lead = await leadOf("kari@nhf.no");
    expect((await book("KARI@nhf.no")).errors).toBeUndefined();
    await recorded(lead.id, 2);
    const before = smtp.mails.length;
    expect(await mailer.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(decode(smtp.mails[before]!.raw).text).toContain(`${CONFIRMATION_URL}/${lead.maskedRef}`);
  });

  it("a polling worker sends by itself", async () => {
    const auto = createConfirmationMailer({
      db: h.db,
      log,
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      confirmationUrl: CONFIRMATION_URL,
      pollMs: 50,
    });
    await auto.start();
    try {
      const email = `per-${randomUUID().slice(0, 8)}@blind.no`;
      expect((await book(email, "Per")).errors).toBeUndefined();
      await waitForEvent(() => expect(smtp.mails.some((m) => m.to[0] === email)).toBe(true));
    } finally {
      await auto.stop();
    }
  });

  it("without SMTP (the embedded mode) logs the mail as not sent and retries later", async () => {
    const noSmtp = createConfirmationMailer({ db: h.db, log, pollMs: 0, now: () => clock });
    expect((await book("lise@hlf.no", "Lise")).errors).toBeUndefined();
    const lead = await leadOf("lise@hlf.no");
    await recorded(lead.id);
    expect(await noSmtp.runOnce()).toEqual({ sent: 0, failed: 1 });
    const [row] = await h.db.select().from(mailDeliveries).where(eq(mailDeliveries.leadId, lead.id));
    expect(row).toMatchObject({ attempts: 1, sentAt: null });
    expect(row!.lastError).toMatch(/SMTP is not configured/);
    expect(row!.nextAttemptAt).not.toBeNull();
    await noSmtp.stop();
  });
});
