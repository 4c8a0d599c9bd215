"use client";

import { useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Area, AreaChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from "recharts";
import { dayToIso, isoToDay, membersAt, stepAt } from "@/lib/timeline/coalition-steps";
import { monthTicks } from "@/lib/charts/chart-ticks";
import { formatDate } from "@/lib/format/format";
import { COALITION_CHART_HEIGHT, dateLinkHref, type CoalitionChartProps } from "./chart-types";
import { HoverCard } from "./hover-card";
import { HoverLayer } from "./hover-layer";

const HEIGHT = COALITION_CHART_HEIGHT;

/** A summit's label, staggered over three rows so that summits a few days apart stay readable. */
function SummitLabel({ viewBox, text, row }: { viewBox?: { x?: number; y?: number }; text: string; row: number }) {
  if (viewBox?.x === undefined || viewBox.y === undefined) return null;
  return (
    <text x={viewBox.x + 3} y={viewBox.y + 12 + row * 13} fontSize={11} fill="#1b1f24" className="summit-label">
      {text}
    </text>
  );
}

/**
 * The coalition over time: a stacked step area of the number of countries per category, summits as
 * labelled lines and the selected date as a dashed marker. Hover shows the counts and the countries
 * on the day under the pointer; a click (or Enter, with the arrow keys moving between change dates)
 * selects that day. Loaded only in the browser (see chart-loaders.tsx).
 */
export function CoalitionChart({ steps, categories, events, tracks, date, onSelectDate, hrefForDate, dateLink }: CoalitionChartProps) {
  const router = useRouter();
  const [hoverDay, setHoverDay] = useState<number | null>(null);
  const [plotArea, setPlotArea] = useState<{ x: number; width: number } | null>(null);

  const rows = useMemo(() => {
    const drawn = steps.map((s) => ({ x: isoToDay(s.from), ...s.counts }));
    const last = steps[steps.length - 1];
    // A step area needs a closing point: the last counts hold through `until`, so close the day after.
    if (last) drawn.push({ x: isoToDay(last.until) + 1, ...last.counts });
    return drawn;
  }, [steps]);
  const minDay = rows[0]?.x ?? 0;
  const maxDay = (rows[rows.length - 1]?.x ?? 1) - 1;
  const inRange = (iso: string) => isoToDay(iso) >= minDay && isoToDay(iso) <= maxDay;
  const visibleEvents = events.filter((e) => inRange(e.heldOn));
  const ticks = useMemo(() => (steps.length ? monthTicks(dayToIso(minDay), dayToIso(maxDay), 8).map(isoToDay) : []), [steps.length, minDay, maxDay]);
  // Keyboard stops: every change date, every summit and the selected date.
  const stops = useMemo(() => {
    const days = new Set([...steps.map((s) => isoToDay(s.from)), ...visibleEvents.map((e) => isoToDay(e.heldOn))]);
    if (date && inRange(date)) days.add(isoToDay(date));
    return [...days].sort((a, b) => a - b);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- inRange only depends on minDay/maxDay
  }, [steps, visibleEvents.length, date, minDay, maxDay]);

  const pick = useCallback(
    (day: number) => {
      const iso = dayToIso(day);
      if (onSelectDate) return onSelectDate(iso);
      const href = hrefForDate ? hrefForDate(iso) : dateLink ? dateLinkHref(dateLink, iso) : null;
      if (href) router.push(href, { scroll: false });
    },
    [onSelectDate, hrefForDate, dateLink, router],
  );

  const onKeyDown = (e: React.KeyboardEvent) => {
    const current = hoverDay ?? (date && inRange(date) ? isoToDay(date) : maxDay);
    const next =
      e.key === "ArrowRight" ? (stops.find((d) => d > current) ?? current)
      : e.key === "ArrowLeft" ? ([...stops].reverse().find((d) => d < current) ?? current)
      : e.key === "Home" ? (stops[0] ?? current)
      : e.key === "End" ? (stops[stops.length - 1] ?? current)
      : null;
    if (next !== null) {
      e.preventDefault();
      setHoverDay(next);
    } else if ((e.key === "Enter" || e.key === " ") && hoverDay !== null) {
      e.preventDefault();
      pick(hoverDay);
    } else if (e.key === "Escape") setHoverDay(null);
  };

  const hoverIso = hoverDay === null ? null : dayToIso(hoverDay);
  const hoverStep = hoverIso ? stepAt(steps, hoverIso) : null;
  const hoverLeft = hoverDay !== null && plotArea ? plotArea.x + ((hoverDay + 0.5 - minDay) / (maxDay + 1 - minDay)) * plotArea.width : null;
  const drawn = JSON.stringify(rows.map(({ x, ...counts }) => ({ date: dayToIso(x), ...counts })));

  return (
    <div
      className="chart-canvas"
      data-drawn={drawn}
      tabIndex={0}
      role="group"
      aria-label="Coalition over time. Left and right arrow keys move between change dates and summits; Enter shows that date."
      onKeyDown={onKeyDown}
      onBlur={() => setHoverDay(null)}
    >
      <AreaChart responsive style={{ width: "100%", height: HEIGHT }} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          type="number"
          dataKey="x"
          domain={[minDay, maxDay + 1]}
          ticks={ticks}
          tickFormatter={(d: number) => formatDate(dayToIso(d), "month")}
          interval={0}
          allowDataOverflow
        />
        <YAxis allowDecimals={false} width={36} />
        {categories.map((c) => (
          <Area
            key={c.key}
            type="stepAfter"
            dataKey={c.key}
            name={c.label}
            stackId="coalition"
            stroke={c.colour}
            fill={c.colour}
            fillOpacity={0.85}
            isAnimationActive={false}
            dot={false}
            activeDot={false}
          />
        ))}
        {visibleEvents.map((e, i) => (
          <ReferenceLine
            key={e.slug}
            x={isoToDay(e.heldOn) + 0.5}
            stroke="#57606a"
            strokeDasharray="4 3"
            label={<SummitLabel text={(e.place ?? e.name).split(",")[0]!} row={i % 3} />}
          />
        ))}
        {date && inRange(date) ? <ReferenceLine x={isoToDay(date) + 0.5} stroke="#bf3989" strokeWidth={2} /> : null}
        <HoverLayer minDay={minDay} maxDay={maxDay} hoverDay={hoverDay} onHover={setHoverDay} onPick={pick} onPlotArea={setPlotArea} />
      </AreaChart>
      <div aria-live="polite">
      {hoverIso && hoverStep && hoverLeft !== null ? (
        <HoverCard
          date={hoverIso}
          step={hoverStep}
          members={membersAt(tracks, hoverIso)}
          categories={categories}
          left={hoverLeft}
          flip={plotArea !== null && hoverLeft > plotArea.x + plotArea.width / 2}
          summit={visibleEvents.find((e) => e.heldOn === hoverIso)?.name ?? null}
        />
      ) : null}
      </div>
    </div>
  );
}
