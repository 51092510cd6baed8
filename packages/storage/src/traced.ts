/**
 * The object store as the person on call sees it (issue 23): with tracing on, each call is a client span
 * `storage <operation>` with the backend, the organization's id and, when it fails, the error's code (StorageError's,
 * or the backend's: an S3 error's name). Never the key (it may hold a file name) nor the bytes. Off: the calls go
 * straight through (one boolean check each).
 */
import { SpanKind, withSpan } from "@meander/observability";
import type { ObjectStore } from "./store.js";

export function tracedStore(store: ObjectStore): ObjectStore {
  const span = <T>(operation: "put" | "get" | "head" | "delete", organizationId: string, fn: () => Promise<T>) =>
    withSpan(
      `storage ${operation}`,
      {
        kind: SpanKind.CLIENT,
        childOnly: true,
        attributes: {
          "meander.storage.operation": operation,
          "meander.storage.backend": store.backend,
          "meander.organization_id": organizationId,
        },
      },
      fn,
    );
  return {
    backend: store.backend,
    put: (organizationId, key, bytes, options) =>
      span("put", organizationId, () => store.put(organizationId, key, bytes, options)),
    get: (organizationId, key) => span("get", organizationId, () => store.get(organizationId, key)),
    head: (organizationId, key) => span("head", organizationId, () => store.head(organizationId, key)),
    delete: (organizationId, key) => span("delete", organizationId, () => store.delete(organizationId, key)),
    close: () => store.close(),
  };
}
