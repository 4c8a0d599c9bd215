/**
 * Response helpers for the public read API: JSON errors with a 4xx and a readable message, never a
 * stack trace, and a common shape for unexpected failures.
 */
import { DatabaseUnavailableError } from "@/db/client";
import { NotFoundError } from "@/db/errors";

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status });
}

/** Runs a handler body, mapping the data layer's typed errors to HTTP statuses. */
export function handle(body: () => Response): Response {
  try {
    return body();
  } catch (err) {
    if (err instanceof NotFoundError) return jsonError(404, err.message);
    if (err instanceof DatabaseUnavailableError) return jsonError(503, "The database is unavailable.");
    console.error(err);
    return jsonError(500, "Internal error.");
  }
}
