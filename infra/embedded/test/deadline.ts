/** Requests and stops bounded in time: a hang fails its test (naming what hung) instead of stalling the run. */
import type { Platform } from "../src/platform.js";

export interface Answer {
  status: number;
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A GraphQL call through the gateway that must answer within `ms` (it fails naming the operation otherwise). */
export async function queryWithin(
  ms: number,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ms),
    });
    return { status: res.status, ...((await res.json()) as Omit<Answer, "status">) };
  } catch (err) {
    if ((err as Error).name === "TimeoutError")
      throw new Error(`no answer within ${ms} ms (${Date.now() - started} ms): ${query.slice(0, 80)}`, { cause: err });
    throw err;
  }
}

/** Stops the platform, giving up after `ms` (a platform frozen by a test's failure must not hold the run). */
export async function stopWithin(platform: Platform | undefined, ms: number): Promise<void> {
  if (!platform) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([platform.stop(), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
