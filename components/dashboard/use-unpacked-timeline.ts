"use client";

import { startTransition, useEffect, useState } from "react";
import { yieldToBrowser } from "@/lib/timeline/slices";
import { unpackTimelineInSlices, type Timeline, type TimelinePayload } from "@/lib/timeline/timeline-payload";

/**
 * The payload unpacked in slices (lib/timeline/timeline-payload.ts), so the page stays responsive while a
 * large timeline is being prepared; null until it is ready.
 */
export function useUnpackedTimeline(payload: TimelinePayload | undefined): Timeline | null {
  const [unpacked, setUnpacked] = useState<{ payload: TimelinePayload; timeline: Timeline } | null>(null);
  useEffect(() => {
    if (!payload) return;
    let stopped = false;
    void unpackTimelineInSlices(payload, yieldToBrowser, { shouldStop: () => stopped }).then((timeline) => {
      // A transition, as the fetch's: the map, slider ticks and charts it brings render in slices.
      if (timeline) startTransition(() => setUnpacked({ payload, timeline }));
    });
    return () => {
      stopped = true;
    };
  }, [payload]);
  return unpacked && unpacked.payload === payload ? unpacked.timeline : null;
}
