import type { StatementDto } from "@/db/statements";
import type { Comparison } from "@/lib/compare/compare";
import { formatLongDate } from "@/lib/format/format";
import type { IsoDate } from "@/lib/types";
import { CompareForm } from "./compare-form";
import { CompareView } from "./compare-view";

type Props = {
  dateA: IsoDate;
  dateB: IsoDate;
  /** The instant the data is shown as known at (`known`), or null for now. */
  known: number | null;
  /** What the reader should know about the URL they came with (malformed values, fallbacks). */
  notices: string[];
  /** The group the comparison is limited to ("NATO members"), or null. */
  groupLabel: string | null;
  /** group= and stale= as given: the form and the links keep them. */
  viewParams: Record<string, string>;
  comparison: Comparison<StatementDto>;
};

/** The compare screen (app/compare/page.tsx): its heading, the URL's notices, the form and the comparison. */
export function CompareScreen({ dateA, dateB, known, notices, groupLabel, viewParams, comparison }: Props) {
  return (
    <>
      <h1>
        Changes from {formatLongDate(dateA)} to {formatLongDate(dateB)}
      </h1>
      {notices.map((n) => (
        <p key={n} role="status" className="notice">
          {n}
        </p>
      ))}
      <CompareForm dateA={dateA} dateB={dateB} known={known === null ? null : new Date(known).toISOString()} viewParams={viewParams} />
      <CompareView dateA={dateA} dateB={dateB} known={known} groupLabel={groupLabel} viewParams={viewParams} comparison={comparison} />
    </>
  );
}
