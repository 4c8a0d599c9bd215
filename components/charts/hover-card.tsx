import type { CoalitionStep, Member } from "@/lib/timeline/coalition-steps";
import { formatDate } from "@/lib/format/format";
import type { IsoDate, StanceKey } from "@/lib/types";
import type { ChartCategory } from "./chart-types";

type Props = {
  date: IsoDate;
  step: CoalitionStep;
  members: Record<StanceKey, Member[]>;
  categories: ChartCategory[];
  /** Pixel offset from the chart's left edge, and whether the card should open to the left of it. */
  left: number;
  flip: boolean;
  summit: string | null;
};

/** What the chart shows on a date: each category's count and the countries behind it. */
export function HoverCard({ date, step, members, categories, left, flip, summit }: Props) {
  return (
    <div
      className="chart-hover-card"
      data-testid="coalition-chart-hover"
      data-date={date}
      style={{ left, transform: flip ? "translateX(calc(-100% - 12px))" : "translateX(12px)" }}
    >
      <div className="chart-hover-date">
        {formatDate(date)}
        {summit ? <span className="chart-hover-summit"> · {summit}</span> : null}
      </div>
      <ul>
        {categories
          .filter((c) => step.counts[c.key] > 0)
          .map((c) => (
            <li key={c.key} data-stance={c.key}>
              <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
              <span>
                {c.label}: <strong>{step.counts[c.key]}</strong>
                <span className="chart-hover-names"> — {members[c.key].map((m) => m.name).join(", ")}</span>
              </span>
            </li>
          ))}
      </ul>
      <div className="chart-hover-hint">
        {step.total} with a stated position · unchanged {formatDate(step.from)} – {formatDate(step.until)} · click to show this date
      </div>
    </div>
  );
}
