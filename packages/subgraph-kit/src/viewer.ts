import { unauthenticated } from "@meander/validation";
/**
 * The one way to read the caller of a request (issue 25 item 2): resolvers pass `requireViewer(ctx)` to their use
 * cases. The permission rules refuse anonymous callers before a resolver runs; should one get through (a rule
 * forgotten), the answer is UNAUTHENTICATED, never a TypeError masked as an internal error.
 * A field that answers anonymous callers too reads `ctx.viewer` itself and decides what null means.
 */

export function requireViewer<V>(ctx: { viewer: V | null | undefined }): V {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
