/**
 * The process's one AsyncLocalStorage. What follows a piece of work through its async calls is kept in one frame: the
 * request's values (its language and id, kept by @meander/subgraph-kit's refusals.ts) and, while tracing runs, its
 * OpenTelemetry context. One store instead of two because Node 20 copies every store of every AsyncLocalStorage onto
 * each promise and timer a request makes: OpenTelemetry's own context manager beside the kit's store cost a few
 * percent of CPU per request in the bench's profiles (issue 23), this one costs nothing more than the kit's store.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { ROOT_CONTEXT, type Context, type ContextManager } from "@opentelemetry/api";

interface Frame {
  /** The trace context (tracing on); unset outside a traced piece of work. */
  otel?: Context;
  /** The request's values (refusals.ts); unset outside a request. */
  request?: object;
}

const storage = new AsyncLocalStorage<Frame>();

/** The values of the request being answered, as `withRequestValues` set them; undefined outside one. */
export function requestValues<T extends object>(): T | undefined {
  return storage.getStore()?.request as T | undefined;
}

/** Runs `fn` as a request with these values (the trace context, if any, carries on). */
export function withRequestValues<T>(values: object, fn: () => T): T {
  return storage.run({ otel: storage.getStore()?.otel, request: values }, fn);
}

/** OpenTelemetry's context manager on the same store (the request's values carry on inside every span). */
export const contextManager: ContextManager = {
  active: () => storage.getStore()?.otel ?? ROOT_CONTEXT,
  with: (ctx, fn, thisArg, ...args) =>
    storage.run({ otel: ctx, request: storage.getStore()?.request }, () => fn.apply(thisArg, args)),
  bind<T>(ctx: Context, target: T): T {
    if (typeof target !== "function") return target;
    const fn = target as unknown as (...a: unknown[]) => unknown;
    return function (this: unknown, ...args: unknown[]) {
      return contextManager.with(ctx, fn, this, ...args);
    } as unknown as T;
  },
  enable() {
    return this;
  },
  disable() {
    return this;
  },
};
