/** A valid statement input for the write verbs, for tests that need one row and care about little else. */
import type { StatementInput } from "@/db/statements";

/** With a citation to match or create (not a source id), as the import takes it too. */
type WithNewSource = StatementInput & { source: { title: string; publisher: string | null; url: string | null; publishedOn: string | null } };

export function statementInput(over: Partial<WithNewSource> = {}): WithNewSource {
  return {
    countryIso3: "FRA",
    statedOn: "2025-09-04",
    statedOnPrecision: "day",
    stance: "troops",
    contributions: [],
    conditions: null,
    quote: "q",
    quoteLanguage: null,
    speaker: null,
    confidence: "high",
    note: null,
    source: { title: "T", publisher: null, url: null, publishedOn: null },
    ...over,
  };
}
