import Link from "next/link";
import { isoToDay } from "@/lib/timeline/coalition-steps";
import { formatDate } from "@/lib/format/format";
import { bandSegments } from "@/lib/timeline/stance-band";
import type { ChangePoint, IsoDate, StanceCategory } from "@/lib/types";

/**
 * A country's category over time as one coloured band from `start` to `end`, with the same stretches
 * listed as text (each linked to the statement that began it) for screen readers and keyboards.
 */
export function StanceBand({ points, categories, start, end }: { points: ChangePoint[]; categories: StanceCategory[]; start: IsoDate; end: IsoDate }) {
  const segs = bandSegments(points, start, end);
  const total = isoToDay(end) - isoToDay(start) + 1;
  const cat = (p: ChangePoint | null) => (p ? categories.find((c) => c.key === p.stance) : undefined);
  return (
    <div className="stance-band-wrap" data-testid="stance-band">
      <div className="stance-band" aria-hidden="true">
        {segs.map((s) => (
          <span
            key={s.from}
            className="stance-band-seg"
            title={`${formatDate(s.from)} – ${formatDate(s.until)}: ${cat(s.point)?.label ?? "No stated position"}`}
            style={{
              width: `${((isoToDay(s.until) - isoToDay(s.from) + 1) / total) * 100}%`,
              background: cat(s.point)?.colour ?? "var(--none)",
            }}
          />
        ))}
      </div>
      <div className="stance-band-axis" aria-hidden="true">
        <span>{formatDate(start)}</span>
        <span>{formatDate(end)}</span>
      </div>
      <ol className="stance-band-list">
        {segs.map((s) => (
          <li key={s.from} data-stance={s.point?.stance ?? "none"}>
            {formatDate(s.from)} – {formatDate(s.until)}:{" "}
            <span className="swatch" style={{ background: cat(s.point)?.colour ?? "var(--none)" }} aria-hidden="true" />{" "}
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
