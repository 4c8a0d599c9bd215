/** Notices about a URL's date that is valid but surprising (the dashboard's notices mechanism shows them). */
import type { IsoDate } from "../types";
import { formatLongDate } from "./format";

/** A date after today: the view is the positions as they stand today, since nothing later is recorded. */
export function futureDateNotice(date: IsoDate, today: IsoDate): string {
  return `${formatLongDate(date)} is in the future: this shows the positions as recorded today (${formatLongDate(today)}); they may change before then.`;
}
