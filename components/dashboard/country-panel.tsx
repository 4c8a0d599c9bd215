"use client";

/**
 * The side panel of one country: the statement in force on the chosen date (quote, speaker,
 * conditions, citation) and the country's full history, newest first, each with its citation.
 * The history comes from GET /api/v1/statements (as known at `known`), once per country.
 */
import { useEffect, useMemo, useRef } from "react";
import { countryChangePoints, stanceAt } from "@/lib/timeline/timeline";
import Link from "next/link";
import { formatDate, formatLongDate } from "@/lib/format/format";
import type { StatementDto } from "@/db/statements";
import type { IsoDate, StanceCategory, StanceKey } from "@/lib/types";
import { ageDays, ageText, isStale } from "@/lib/staleness/age";
import { inViewport, scrollBehavior } from "@/components/ui/scroll-motion";
import { countryStatementsUrl } from "./api-urls";
import { StatementSummary } from "./statement-summary";
import { useFetchedJson } from "./use-fetched-json";

type Props = {
  iso3: string;
  name: string;
  date: IsoDate;
  known: number | null;
  /** The view's stale threshold (`stale=`): the age line says when the position is faded. */
  stale: number | false;
  categories: Record<StanceKey, StanceCategory>;
  initial: { url: string; data: StatementDto[] } | null;
  focusOnOpen: boolean;
  /**
   * Opened by the reader (a tap, a click, a key), not by the page's address: bring the panel into
   * view if it is not. On a phone it sits below the map, off screen, where a tap would seem to do nothing.
   */
  reveal: boolean;
  onClose: () => void;
};

const toFact = (s: StatementDto) => ({ statementId: s.id, countryIso3: s.countryIso3, statedOn: s.statedOn, stance: s.stance });

const pickStatements = (body: unknown) => (body as { statements: StatementDto[] }).statements;

export function CountryPanel({ iso3, name, date, known, stale, categories, initial, focusOnOpen, reveal, onClose }: Props) {
  const { data, error, loading, retry } = useFetchedJson(countryStatementsUrl(iso3, known), initial, pickStatements);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // The scroll is the panel's own (aligned to its top, so that it stays in view as its history
    // loads below); the focus must not start a second, instant one.
    if (focusOnOpen) heading.current?.focus({ preventScroll: reveal });
    const el = panel.current;
    if (!reveal || !el) return;
    // Below the map (a narrow screen): its top goes to the top of the screen, so that it stays in view
    // as its history loads and it grows. Beside the map: only if it is out of view at all.
    const top = el.getBoundingClientRect().top;
    const above = el.previousElementSibling?.getBoundingClientRect();
    const stacked = !above || above.bottom <= top;
    // (16 px: its scroll-margin, so that a panel already at the top is left where it is.)
    if (stacked ? top < 0 || top > 16 : !inViewport(el)) {
      el.scrollIntoView({ block: stacked ? "start" : "nearest", behavior: scrollBehavior() });
    }
  }, [iso3, focusOnOpen, reveal]);

  // The history holds the retracted statements too (shown, marked); only the published ones count.
  const published = useMemo(() => data?.filter((s) => s.status !== "retracted") ?? null, [data]);
  const retractedCount = data ? data.length - (published?.length ?? 0) : 0;
  // Newest first (stated_on desc, then statement id desc): the first one on or before the date decides.
  const current = published?.find((s) => s.statedOn <= date) ?? null;
  // Since when the category is unchanged: the country's change point in force (lib/timeline), as the map's hover says.
  const change = useMemo(() => (published ? stanceAt(countryChangePoints(published.map(toFact)).get(iso3) ?? [], date) : null), [published, iso3, date]);
  const age = current ? ageDays(current.statedOn, date) : null;
  const changed = change ? data?.find((s) => s.id === change.statementId) : undefined;
  return (
    <aside
      ref={panel}
      className="country-panel"
      aria-labelledby="country-panel-title"
      data-country={iso3}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <div className="panel-head">
        <h2 id="country-panel-title" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" className="panel-close" onClick={onClose} aria-label={`Close the panel of ${name}`}>
          ×
        </button>
      </div>
      <p className="panel-links">
        <Link href={`/countries/${iso3}`}>Country page</Link>
      </p>
      {loading ? <p aria-busy="true">Loading {name}&apos;s statements…</p> : null}
      {error ? (
        <p role="alert" className="notice">
          Could not load {name}&apos;s statements: {error}{" "}
          <button type="button" className="link-button" onClick={retry}>
            Try again
          </button>
        </p>
      ) : null}
      {data ? (
        <>
          <h3>On {formatLongDate(date)}</h3>
          {current ? (
            <>
              <StatementSummary statement={current} category={categories[current.stance]} detailed />
              {age !== null ? (
                <p className="quote-meta position-age" data-age-days={age}>
                  {ageText(age, isStale(current.statedOn, date, stale), stale)}
                </p>
              ) : null}
              {change ? (
                <p className="quote-meta unchanged-since" data-since={change.date} data-statement-id={current.id}>
                  Unchanged since <time dateTime={change.date}>{formatDate(change.date, changed?.statedOnPrecision)}</time>
                  {change.statementId !== current.id ? ` (statement #${change.statementId})` : ""}
                </p>
              ) : null}
            </>
          ) : (
            <p className="empty">No stated position on this date.</p>
          )}
          <h3>
            History ({data.length}
            {retractedCount > 0 ? `, of which ${retractedCount} retracted` : ""})
          </h3>
          {data.length === 0 ? (
            <p className="empty">No statement recorded.</p>
          ) : (
            <ol className="history">
              {data.map((s) => (
                <li key={s.id} data-status={s.status} className={s === current ? "history-current" : s.status === "retracted" ? "history-retracted" : s.statedOn > date ? "history-later" : undefined}>
                  <StatementSummary statement={s} category={categories[s.stance]} />
                  {s.status === "retracted" ? <span className="history-flag">Retracted: {s.changeReason ?? "no reason recorded"}. It does not count.</span> : null}
                  {s === current ? <span className="history-flag">In force on {formatDate(date)}</span> : null}
                  {s.statedOn > date ? <span className="history-flag">After {formatDate(date)}</span> : null}
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </aside>
  );
}
