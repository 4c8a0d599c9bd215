import { formatLongDate } from "@/lib/format/format";
import { FrozenNote } from "@/components/ui/frozen-note";
import type { IsoDate } from "@/lib/types";
import { SearchBox } from "@/components/search/search-box";

/** The page's heading: which date is shown and, for a frozen link, as the data stood when. */
export function DashboardHeading({ date, known, currentHref }: { date: IsoDate; known: number | null; currentHref: string }) {
  return (
    <>
      <h1>The coalition as of {formatLongDate(date)}</h1>
      <p className="lede">
        What each government has said it will contribute to a multinational force for Ukraine after a ceasefire. A
        country&apos;s position on a date is its latest statement on or before that date.
      </p>
      <SearchBox known={known} />
      <FrozenNote known={known} currentHref={currentHref} />
    </>
  );
}
