// Old path, kept only for db/queries/facts-read.ts, which are edited elsewhere during the lib/ reorganisation (issue 12).
// Delete this file once they import "@/lib/timeline/event-changes".
export * from "./timeline/event-changes";
