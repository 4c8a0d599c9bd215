/**
 * Response helpers for the public read API: JSON errors with a 4xx and a readable message, never a
 * stack trace, and a common shape for unexpected failures.
 */
import { jsonError, toHttpResponse } from "@/app/_lib/write-verb";

export { jsonError };

/** Runs a handler body, mapping the data layer's typed errors to HTTP statuses. */
export function handle(body: () => Response): Response {
  try {
    return body();
  } catch (err) {
    return toHttpResponse(err);
  }
}
