"use client";

/**
 * Holds the server-rendered charts (components/charts) under the map. They are drawn for the date
 * the page was loaded with; when the slider has moved since, a note says so and offers to fetch
 * them for the new date. That one step asks the server: the slider itself never does.
 */
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { formatLongDate } from "@/lib/format/format";
import type { IsoDate } from "@/lib/types";

export function ChartsSlot({ date, chartsDate, children }: { date: IsoDate; chartsDate: IsoDate; children: React.ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="charts-slot" aria-busy={pending}>
      {date !== chartsDate ? (
        <p className="charts-stale">
          The charts below are for {formatLongDate(chartsDate)}.{" "}
          <button type="button" className="link-button" disabled={pending} onClick={() => startTransition(() => router.refresh())}>
            {pending ? "Updating the charts…" : `Show them for ${formatLongDate(date)}`}
          </button>
        </p>
      ) : null}
      {children}
    </div>
  );
}
