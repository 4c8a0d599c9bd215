"use client";

import { useEffect } from "react";
import { ZIndexLayer, usePlotArea, useXAxisInverseScale, useXAxisScale } from "recharts";

type Props = {
  /** First and last day (numeric x) a pointer may land on. */
  minDay: number;
  maxDay: number;
  hoverDay: number | null;
  onHover: (day: number | null) => void;
  onPick: (day: number) => void;
  /** Reports the plot area's horizontal extent so the HTML hover card can be placed next to the cursor. */
  onPlotArea: (area: { x: number; width: number }) => void;
};

/**
 * A transparent layer over the plot area that turns the pointer's position into a day, so hover and
 * click follow the step semantics (the day under the pointer) rather than snapping to the nearest
 * data point as recharts' own tooltip does. Rendered inside the chart to use its scales.
 */
export function HoverLayer({ minDay, maxDay, hoverDay, onHover, onPick, onPlotArea }: Props) {
  const plot = usePlotArea();
  const inverse = useXAxisInverseScale();
  const scale = useXAxisScale();
  const plotX = plot?.x;
  const plotWidth = plot?.width;
  useEffect(() => {
    if (plotX !== undefined && plotWidth !== undefined) onPlotArea({ x: plotX, width: plotWidth });
  }, [plotX, plotWidth, onPlotArea]);
  if (!plot || !inverse || !scale) return null;

  const dayAt = (e: React.MouseEvent<SVGRectElement>): number | null => {
    const svg = e.currentTarget.ownerSVGElement;
    if (!svg) return null;
    const value = Number(inverse(e.clientX - svg.getBoundingClientRect().left));
    if (!Number.isFinite(value)) return null;
    return Math.min(maxDay, Math.max(minDay, Math.floor(value)));
  };
  const cursorX = hoverDay === null ? undefined : scale(hoverDay + 0.5);

  return (
    <ZIndexLayer zIndex={2500}>
      <g className="hover-layer">
        {cursorX !== undefined ? (
          <line x1={cursorX} x2={cursorX} y1={plot.y} y2={plot.y + plot.height} stroke="#1b1f24" strokeWidth={1} strokeDasharray="2 2" />
        ) : null}
        <rect
          data-testid="coalition-chart-hit-area"
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
          fill="transparent"
          style={{ cursor: "pointer" }}
          onMouseMove={(e) => onHover(dayAt(e))}
          onMouseLeave={() => onHover(null)}
          onClick={(e) => {
            const day = dayAt(e);
            if (day !== null) onPick(day);
          }}
        />
      </g>
    </ZIndexLayer>
  );
}
