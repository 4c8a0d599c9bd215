import "server-only";
/**
 * An accepted suggestion's hand-over to the statement forms (?correction=N): the suggested source
 * URL filled in as a new source (its title is the editor's to write), and the suggestion shown
 * above the form. Only a suggestion about this very statement (or country) fills anything.
 */
import Link from "next/link";
import { getDb } from "@/db/client";
import { getCorrection, type CorrectionDto } from "@/db/corrections";
import type { FormValues } from "@/lib/validation/form-values";

export type CorrectionPrefill = { correction: CorrectionDto; values: FormValues };

export function correctionPrefill(param: string | string[] | undefined, target: { statementId: number } | { countryIso3: string }): CorrectionPrefill | null {
  if (typeof param !== "string" || !/^[1-9]\d{0,12}$/.test(param)) return null;
  const c = getCorrection(getDb(), Number(param));
  if (!c) return null;
  const matches = "statementId" in target ? c.statementId === target.statementId : c.countryIso3 === target.countryIso3;
  if (!matches) return null;
  return { correction: c, values: c.sourceUrl ? { source_mode: "new", source_url: c.sourceUrl } : {} };
}

export function CorrectionNotice({ suggestion: { correction: c } }: { suggestion: CorrectionPrefill }) {
  return (
    <div className="notice" role="status" data-testid="correction-prefill">
      <p>
        From <Link href={`/admin/corrections/${c.id}`}>suggestion #{c.id}</Link> ({c.status}): “{c.body}”
      </p>
      {c.sourceUrl ? <p>Its source is filled in below as a new source: add its title (and publisher), or go back to the recorded one.</p> : null}
    </div>
  );
}
