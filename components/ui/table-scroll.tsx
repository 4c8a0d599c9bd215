/**
 * A box that a wide table scrolls inside, so that on a phone the table moves sideways and the page
 * does not. It is a named, focusable region so keyboard users can scroll it with the arrow keys
 * (axe's "scrollable-region-focusable"); the table's first column stays in view (app/globals.css).
 */
import type { ReactNode } from "react";

type Props = {
  /** What the table shows, for the region's accessible name (e.g. "Sources"). */
  label: string;
  children: ReactNode;
  className?: string;
};

export function TableScroll({ label, children, className }: Props) {
  return (
    <div className={className ? `table-scroll ${className}` : "table-scroll"} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
