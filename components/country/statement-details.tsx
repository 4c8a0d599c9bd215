import type { StatementDto } from "@/db/statements";
import type { StanceCategory } from "@/lib/types";
import { CONTRIBUTION_LABELS } from "@/lib/timeline/contribution-counts";
import { StanceBadge } from "./stance-badge";
import { StatementSummary } from "./statement-summary";

/** A statement's full content: category, contributions, conditions, quote, citation, confidence and note. */
export function StatementDetails({ statement: s, categories }: { statement: StatementDto; categories: StanceCategory[] }) {
  return (
    <div className="statement-details">
      <div>
        <StanceBadge category={categories.find((c) => c.key === s.stance) ?? null} />
        {s.contributions.map((c) => (
          <span key={c} className="tag">
            {CONTRIBUTION_LABELS[c]}
          </span>
        ))}
        <span className="quote-meta"> Confidence: {s.confidence}</span>
      </div>
      {s.conditions ? <div className="quote-meta">Conditions: {s.conditions}</div> : null}
      <StatementSummary statement={s} />
      {s.note ? <p className="quote-meta statement-note">Note: {s.note}</p> : null}
    </div>
  );
}
