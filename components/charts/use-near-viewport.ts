"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Whether an element has come within `margin` of the viewport, once: it then stays true. The
 * dashboard's charts sit under the map, and drawing them (recharts over thousands of change dates)
 * is the heaviest work on the page, so they are drawn when the reader scrolls towards them rather
 * than while the map is being drawn, or at the first Tab key press, so that keyboard readers find
 * the charts' controls in the tab order. (IntersectionObserver is in every browser Next 16 supports.)
 */
export function useNearViewport<T extends Element>(margin = "200px"): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    // A keyboard reader tabs through the page without scrolling first: the chart's own controls
    // (CSV download, table) must exist before focus gets there, so the first Tab draws it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Tab") setNear(true);
    };
    document.addEventListener("keydown", onKey);
    return () => {
      observer.disconnect();
      document.removeEventListener("keydown", onKey);
    };
  }, [near, margin]);
  return [ref, near];
}
