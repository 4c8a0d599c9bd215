/** The ONE place the write verbs learn whether changes wait for review (lib/review/setting.ts parses). */
import "server-only";
import { parseReviewRequired } from "@/lib/review/setting";

/** Read on every write (cheap), so a test or a restart with another value needs no cache reset. */
export function reviewRequired(): boolean {
  return parseReviewRequired(process.env.REVIEW_REQUIRED);
}
