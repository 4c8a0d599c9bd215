// Old path, kept only for db/queries/timeline-payload.ts, which are edited elsewhere during the lib/ reorganisation (issue 12).
// Delete this file once they import "@/lib/timeline/timeline-payload".
export * from "./timeline/timeline-payload";
