/** Typed failures of the data layer, so routes can answer 404/409/400/503 without parsing messages. */
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/error-digests";

/**
 * The database file cannot be used (missing, unreadable, corrupt, or of another schema version);
 * its message is meant for the person running the server. The fixed `digest` survives Next's
 * production error sanitising, so error pages can say what is wrong without leaking the message.
 */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
}

export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** An edit made from a version that is no longer current: the newer one is attached. */
export class ConflictError<T = unknown> extends Error {
  override name = "ConflictError";
  constructor(
    message: string,
    readonly current: T,
  ) {
    super(message);
  }
}

/** Input that passed shape validation but breaks a rule only the database can check. */
export class InvalidInputError extends Error {
  override name = "InvalidInputError";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/**
 * Input refused by a write verb's validation: each field's errors (under the form's names) and the
 * errors of the form as a whole. `message` explains a refusal whose only field errors are on
 * fields the form does not show (e.g. the hidden baseVersion).
 */
export class ValidationError extends InvalidInputError {
  override name = "ValidationError";
  constructor(
    fieldErrors: Record<string, string[]>,
    readonly formErrors: string[] = [],
    message = "Invalid input",
  ) {
    super(message, fieldErrors);
  }
}
