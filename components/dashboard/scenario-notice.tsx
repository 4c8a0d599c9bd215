/**
 * Says which claim filters and which scenario the view applies, and which countries the scenario
 * moved on the date, so a reader of a shared link never mistakes the recount for the record.
 */
import type { ClaimView } from "@/lib/claims/claim-view";
import { CONDITION_LABELS } from "@/lib/format/claim-labels";
import { formatDate } from "@/lib/format/format";
import type { IsoDate } from "@/lib/types";

type Props = { view: ClaimView; date: IsoDate; moved: readonly string[] | null; names: ReadonlyMap<string, string> };

export function ScenarioNotice({ view, date, moved, names }: Props) {
  const filters = [
    view.official ? "official positions only (anonymous and unattributed claims left out)" : null,
    view.commitment ? `commitment ${view.commitment} or firmer` : null,
  ].filter((x): x is string => x !== null);
  if (filters.length === 0 && view.assume === null) return null;
  return (
    <div className="scenario-notice" role="status" data-testid="scenario-notice">
      {filters.length > 0 ? <p>Counting {filters.join(" and ")}; a country whose statements are all left out shows no stated position.</p> : null}
      {view.assume !== null ? (
        <p data-assume={`no_${view.assume}`}>
          <strong>{`Scenario: as if there is no ${CONDITION_LABELS[view.assume]}.`}</strong> Statements conditional on it count as undecided.{" "}
          {moved === null ? (
            "Working out which countries this moves…"
          ) : moved.length === 0 ? (
            `It moves no country on ${formatDate(date)}.`
          ) : (
            <>
              {`Moved to undecided on ${formatDate(date)}: `}
              <span className="scenario-moved">
                {moved.map((iso3, i) => (
                  <span key={iso3} data-iso3={iso3}>
                    {i > 0 ? ", " : ""}
                    {names.get(iso3) ?? iso3}
                  </span>
                ))}
              </span>
              .
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
