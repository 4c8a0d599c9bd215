"use client";

import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { PersonnelStep } from "@/lib/timeline/personnel";
import { formatDate } from "@/lib/format/format";
import { PERSONNEL_CHART_HEIGHT } from "./chart-types";

const COLOUR = "#0072B2";
const n = (x: number) => x.toLocaleString("en-GB");

type TooltipProps = { active?: boolean; payload?: readonly { payload?: PersonnelStep & { day: number } }[] };

function PersonnelTooltip({ active, payload }: TooltipProps) {
  const step = active ? payload?.[0]?.payload : undefined;
  if (!step) return null;
  return (
    <div className="chart-hover-card chart-hover-static" data-testid="personnel-chart-hover">
      <div className="chart-hover-date">
        {formatDate(step.from)}: <strong>{n(step.troops)}</strong> stated (at least), {step.countries.length} {step.countries.length === 1 ? "country" : "countries"} with a figure
      </div>
      <div className="chart-hover-names">{step.countries.map((c) => `${c.name} ${n(c.troops)}`).join(", ")}</div>
    </div>
  );
}

/**
 * Stated personnel over time as a step area (the sum of the stated minimums); hover gives the
 * countries and their figures. Loaded only in the browser (see chart-loaders.tsx).
 */
export function PersonnelChart({ steps }: { steps: PersonnelStep[] }) {
  // A point at each step's start and one at its end, so the area is flat across the step.
  const data = steps.flatMap((s) => [
    { ...s, day: Date.parse(s.from) },
    { ...s, day: Date.parse(s.until) },
  ]);
  return (
    <div className="chart-canvas" data-drawn={JSON.stringify(steps.map((s) => ({ from: s.from, troops: s.troops, countries: s.countries.length })))}>
      <AreaChart responsive style={{ width: "100%", height: PERSONNEL_CHART_HEIGHT }} data={data} margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10))} />
        <YAxis allowDecimals={false} tickFormatter={(v: number) => n(v)} width={70} />
        <Tooltip content={<PersonnelTooltip />} isAnimationActive={false} />
        <Area type="linear" dataKey="troops" name="Stated personnel (sum of minimums)" stroke={COLOUR} fill={COLOUR} fillOpacity={0.25} isAnimationActive={false} />
      </AreaChart>
    </div>
  );
}
