"use client";

import { Suspense } from "react";

/**
 * A part of the dashboard that React hydrates on its own. The server renders it in place (nothing
 * in it suspends there), and in the browser React hydrates each such boundary after the page's
 * first hydration pass, at low priority and in slices it can pause between: without them the
 * whole dashboard (slider, finder, legend, charts...) hydrates in one task of several hundred ms
 * at a phone's CPU, and every key press or click made meanwhile waits for it (Lighthouse's Total
 * Blocking Time). A click on a part not yet hydrated makes React hydrate that part first and then
 * handle the click, so nothing is lost. The fallback is never shown for the server's HTML; only a
 * part that suspends in a later client render would show it, and the lazy parts (the table view,
 * the map) have boundaries of their own.
 */
export function HydrateApart({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
