import { formatLongDate } from "@/lib/format/format";
import type { IsoDate } from "@/lib/types";
import { EMBED_TARGETS } from "@/lib/url/embed-code";
import { Notices } from "@/components/dashboard/notices";
import { FrozenNote } from "@/components/ui/frozen-note";
import { EmbedLinks } from "./embed-links";

/**
 * The minimal chrome of an embedded view (app/embed): one title line with the date (and, for a
 * frozen view, the pages' frozen note with its link to the same embed live), the view, and a link
 * back to the same view on the dashboard, opened outside the frame. No site header, navigation or
 * footer (app/embed/layout.tsx hides them).
 */
export function EmbedFrame({
  kind,
  title,
  date,
  known,
  notices,
  dashboardHref,
  liveHref,
  children,
}: {
  kind: "map" | "coalition" | "contributions";
  title: string;
  date: IsoDate;
  known: number | null;
  notices: string[];
  dashboardHref: string;
  /** This embed's URL for a path, without `known` (the frozen note's "Show live data"). */
  liveHref: (path: string) => string;
  children: React.ReactNode;
}) {
  return (
    <div className="embed" data-embed={kind}>
      <h1 className="embed-title">
        {title} <span className="embed-date">as of {formatLongDate(date)}</span>
      </h1>
      <FrozenNote known={known} currentHref={liveHref(EMBED_TARGETS[kind].path)} />
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
