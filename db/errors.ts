/** Typed failures of the data layer, so routes can answer 404/409/400 without parsing messages. */
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
