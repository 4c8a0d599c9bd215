"use client";

/**
 * The time slider: one day per step from the first statement to today, a tick on every date where
 * some country's stance changes and a labelled one on every summit, play/pause through the change
 * dates, and previous/next-change buttons. Arrow keys move a day; Page Up/Down jump between changes.
 */
import { memo, useEffect, useState } from "react";
import { dateAtOffset, daysBetween, nextDate, previousDate, tickPath } from "@/lib/timeline/date-steps";
import { formatDate, formatLongDate } from "@/lib/format/format";
import type { PayloadEvent } from "@/lib/timeline/timeline-payload";
import type { IsoDate } from "@/lib/types";

type Props = {
  date: IsoDate;
  start: IsoDate;
  end: IsoDate;
  changeDates: readonly IsoDate[];
  events: readonly PayloadEvent[];
  onDate: (d: IsoDate) => void;
};

const PLAY_STEP_MS = 900;

type TicksProps = { start: IsoDate; total: number; changeDates: readonly IsoDate[]; events: readonly PayloadEvent[] };

const CHANGE_TICK_HEIGHT = 6;

/**
 * The ticks only change with the data, not with the date: memoised, so a slider step skips them.
 * Change ticks are one SVG path stretched over the track (thousands of change dates at scale);
 * summits, a handful, stay one element each with their name.
 */
const SliderTicks = memo(function SliderTicks({ start, total, changeDates, events }: TicksProps) {
  const pct = (d: IsoDate) => `${(Math.min(total, Math.max(0, daysBetween(start, d))) / total) * 100}%`;
  return (
    <div className="slider-ticks" aria-hidden="true">
      {changeDates.length > 0 ? (
        <svg className="tick-changes" viewBox={`0 0 ${total} ${CHANGE_TICK_HEIGHT}`} preserveAspectRatio="none" focusable="false">
          <path d={tickPath(start, total, changeDates, CHANGE_TICK_HEIGHT)} vectorEffect="non-scaling-stroke" />
        </svg>
      ) : null}
      {events.map((e) => (
        <span key={e.slug} className="tick tick-event" style={{ left: pct(e.date) }} title={`${e.name}, ${formatDate(e.date)}`} />
      ))}
    </div>
  );
});

export function TimeSlider({ date, start, end, changeDates, events, onDate }: Props) {
  const [playing, setPlaying] = useState(false);
  const total = Math.max(1, daysBetween(start, end));
  const offset = Math.min(total, Math.max(0, daysBetween(start, date)));
  const previous = previousDate(changeDates, date);
  const next = nextDate(changeDates, date);

  // Playing: step to the next change date, then to the end of the range, then stop.
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const target = nextDate(changeDates, date) ?? (date < end ? end : null);
      if (target) onDate(target);
      if (!target || target === end) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, date, end, changeDates, onDate]);

  const togglePlay = () => {
    if (!playing && next === null && changeDates.length > 0) onDate(changeDates[0]!); // start over
    setPlaying(!playing);
  };

  return (
    <div className="time-slider">
      <div className="slider-buttons">
        <button type="button" onClick={() => previous && onDate(previous)} disabled={!previous}>
          <span aria-hidden="true">◀ </span>Previous change
        </button>
        <button type="button" onClick={togglePlay} aria-pressed={playing} disabled={changeDates.length === 0}>
          {playing ? "Pause" : "Play"}
        </button>
        <button type="button" onClick={() => next && onDate(next)} disabled={!next}>
          Next change<span aria-hidden="true"> ▶</span>
        </button>
      </div>
      <div className="slider-track">
        <input
          type="range"
          min={0}
          max={total}
          step={1}
          value={offset}
          aria-label="Date"
          aria-valuetext={formatLongDate(date)}
          aria-describedby="slider-hint"
          onChange={(e) => onDate(dateAtOffset(start, Number(e.target.value)))}
          onKeyDown={(e) => {
            const target = e.key === "PageDown" ? next : e.key === "PageUp" ? previous : undefined;
            if (target === undefined) return;
            e.preventDefault();
            if (target) onDate(target);
          }}
        />
        <SliderTicks start={start} total={total} changeDates={changeDates} events={events} />
        <div className="slider-ends">
          <span>{formatDate(start)}</span>
          <span>{formatDate(end)}</span>
        </div>
      </div>
      <p id="slider-hint" className="slider-hint">
        Arrow keys move one day; Page Up and Page Down jump to the previous or next change. Small ticks mark changes,
        tall ones summits.
      </p>
      {events.length > 0 ? (
        <ul className="summit-list" aria-label="Summits">
          {events.map((e) => (
            <li key={e.slug}>
              <button type="button" onClick={() => onDate(e.date)} aria-pressed={e.date === date}>
                {formatDate(e.date)}: {e.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
