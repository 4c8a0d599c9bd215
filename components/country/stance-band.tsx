import Link from "next/link";
import { isoToDay } from "@/lib/timeline/coalition-steps";
import { formatDate } from "@/lib/format/format";
import { bandGradient, bandSegments, segmentsIn, type BandSegment, type DaySpan } from "@/lib/timeline/stance-band";
import type { ChangePoint, IsoDate, StanceCategory } from "@/lib/types";

type Props = {
  points: ChangePoint[];
  categories: StanceCategory[];
  start: IsoDate;
  end: IsoDate;
  /**
   * A page of a long list of statements: the period it spans (lib/timeline/stance-band pagePeriod),
   * marked on the band, and the only stretches listed as text (the other pages list the rest);
   * null when the page spans none of the band. Undefined: the whole history fits one page.
   */
  period?: DaySpan | null;
};

const stretches = (n: number) => `${n} ${n === 1 ? "stretch" : "stretches"}`;

/**
 * A country's category over time as one coloured band from `start` to `end`, with the same stretches
 * listed as text (each linked to the statement that began it) for screen readers and keyboards. The
 * band is one element (a gradient) and the list follows the page of statements shown, so the page
 * costs the same however often the country changed its position (issue #16).
 */
export function StanceBand({ points, categories, start, end, period }: Props) {
  const segs = bandSegments(points, start, end);
  const total = isoToDay(end) - isoToDay(start) + 1;
  const cat = (p: ChangePoint | null) => (p ? categories.find((c) => c.key === p.stance) : undefined);
  const colour = (s: BandSegment) => cat(s.point)?.colour ?? "var(--none)";
  const listed = period === undefined ? segs : period === null ? [] : segmentsIn(segs, period);
  const at = (d: IsoDate) => ((isoToDay(d) - isoToDay(start)) / total) * 100;
  return (
    <div className="stance-band-wrap" data-testid="stance-band" data-stretches={segs.length}>
      <div className="stance-band" aria-hidden="true" style={{ background: bandGradient(segs, colour) }}>
        {period ? (
          <span
            className="stance-band-window"
            title={`The statements on this page: ${formatDate(period.from)} – ${formatDate(period.until)}`}
            style={{ left: `${at(period.from)}%`, width: `${at(period.until) - at(period.from) + 100 / total}%` }}
          />
        ) : null}
      </div>
      <div className="stance-band-axis" aria-hidden="true">
        <span>{formatDate(start)}</span>
        <span>{formatDate(end)}</span>
      </div>
      {period !== undefined && listed.length < segs.length ? (
        <p className="quote-meta" data-testid="stance-band-period">
          {period
            ? `Of ${stretches(segs.length)}, ${listed.length === 1 ? "the one" : `the ${listed.length}`} from ${formatDate(period.from)} to ${formatDate(period.until)} (the period of the statements on this page) ${listed.length === 1 ? "is" : "are"} listed here; the other pages list the rest.`
            : `Of ${stretches(segs.length)}, none is listed here: the statements on this page are dated after today. The other pages list them.`}
        </p>
      ) : null}
      <ol className="stance-band-list">
        {listed.map((s) => (
          <li key={s.from} data-stance={s.point?.stance ?? "none"}>
            {formatDate(s.from)} – {formatDate(s.until)}:{" "}
            <span className="swatch" style={{ background: colour(s) }} aria-hidden="true" />{" "}
            {s.point ? (
              <>
                {cat(s.point)?.label ?? s.point.stance} (<Link href={`/statements/${s.point.statementId}`}>statement #{s.point.statementId}</Link>)
              </>
            ) : (
              "No stated position"
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
