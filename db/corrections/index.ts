/**
 * A reader's suggested correction: the public form's rules (validation.ts), the queue's reads
 * (read.ts, editors only) and the verbs (verbs.ts: submit, accept, dismiss). App code imports from here.
 */
export * from "./read";
export * from "./validation";
export * from "./verbs";
