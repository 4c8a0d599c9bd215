/** What the crash writer (crash-writer.ts) and the crash test agree on. */

/** Statements per importStatements call: all of them or none may exist after a kill. */
export const CRASH_BATCH_SIZE = 5;
/** Actor the writer records, so the test can tell its rows from the seed's. */
export const CRASH_ACTOR = "crash-test";
