import { formatLongDate } from "@/lib/format/format";
import type { IsoDate } from "@/lib/types";
import { Notices } from "@/components/dashboard/notices";
import { EmbedLinks } from "./embed-links";

/**
 * The minimal chrome of an embedded view (app/embed): one title line with the date (and, for a
 * frozen view, the instant), the view, and a link back to the same view on the dashboard, opened
 * outside the frame. No site header, navigation or footer (app/embed/layout.tsx hides them).
 */
export function EmbedFrame({
  kind,
  title,
  date,
  known,
  notices,
  dashboardHref,
  children,
}: {
  kind: "map" | "coalition" | "contributions";
  title: string;
  date: IsoDate;
  known: number | null;
  notices: string[];
  dashboardHref: string;
  children: React.ReactNode;
}) {
  return (
    <div className="embed" data-embed={kind}>
      <h1 className="embed-title">
        {title} <span className="embed-date">as of {formatLongDate(date)}</span>
        {known !== null ? <span className="embed-known"> (data as known at {new Date(known).toISOString()})</span> : null}
      </h1>
      <Notices notices={notices} />
      <EmbedLinks>{children}</EmbedLinks>
      <p className="embed-credit">
        <a href={dashboardHref} target="_blank" rel="noopener">
          Coalition Tracker ↗
        </a>
      </p>
    </div>
  );
}
