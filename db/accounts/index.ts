/**
 * An account's one home: its reads (read.ts) and the verbs that write accounts (verbs.ts: creating
 * one, the first admin). Passwords and sessions stay with better-auth (db/accounts/auth.ts), which the
 * verbs call; each change is written to the audit log.
 */
export * from "./read";
export * from "./verbs";
