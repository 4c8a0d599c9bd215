"use client";

/**
 * The dashboard's unpacked timeline (lib/timeline/timeline-payload.ts), for the parts rendered inside it
 * that build their own views from it (the coalition chart), so the timeline travels to the browser
 * once instead of once per view. Null outside the dashboard or while it is not available yet.
 */
import { createContext, useContext } from "react";
import type { Timeline } from "@/lib/timeline/timeline-payload";

export const TimelineContext = createContext<Timeline | null>(null);

export function useTimeline(): Timeline | null {
  return useContext(TimelineContext);
}
