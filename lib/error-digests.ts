/**
 * Digests that server errors carry to the browser. Next replaces a server error's message with a
 * generic one in production but keeps a `digest` the error already has, so this is how an error
 * page (app/error.tsx, a client component) can tell "the database is unavailable" from a bug
 * without any server detail leaking to the reader.
 */

/** Set on db/errors.ts DatabaseUnavailableError: the database file is missing, unreadable, corrupt or of another schema. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";
