"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { ContributionCount } from "@/lib/timeline/contribution-counts";
import { contributionsChartHeight } from "./chart-types";

const BAR_COLOUR = "#0072B2";

type TooltipProps = { active?: boolean; payload?: readonly { payload?: ContributionCount }[] };

function ContributionTooltip({ active, payload }: TooltipProps) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <div className="chart-hover-card chart-hover-static" data-testid="contributions-chart-hover">
      <div className="chart-hover-date">
        {row.label}: <strong>{row.count}</strong>
      </div>
      <div className="chart-hover-names">{row.countries.length ? row.countries.map((c) => c.name).join(", ") : "No country"}</div>
    </div>
  );
}

/**
 * Contributions on the chosen date: one horizontal bar per kind of contribution with the number
 * of countries offering it; hover lists them. Loaded only in the browser (see chart-loaders.tsx).
 */
export function ContributionsChart({ rows }: { rows: ContributionCount[] }) {
  const drawn = JSON.stringify(rows.map((r) => ({ key: r.key, count: r.count })));
  return (
    <div className="chart-canvas" data-drawn={drawn}>
      <BarChart
        responsive
        layout="vertical"
        style={{ width: "100%", height: contributionsChartHeight(rows) }}
        data={rows}
        margin={{ top: 4, right: 32, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={130} />
        <Tooltip content={<ContributionTooltip />} cursor={{ fill: "rgba(0,0,0,0.06)" }} isAnimationActive={false} />
        <Bar dataKey="count" name="Countries" fill={BAR_COLOUR} isAnimationActive={false}>
          <LabelList dataKey="count" position="right" />
        </Bar>
      </BarChart>
    </div>
  );
}
