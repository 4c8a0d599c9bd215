"use client";

/**
 * The typeable date: a plain GET form (the page's date form contract: role=search, "Choose a
 * date", input[name=date], "Show"), which works without JavaScript and carries the rest of the
 * view in hidden fields. With JavaScript, a valid date applies at once, without a page load.
 */
import { useEffect, useRef, useState } from "react";
import { parseIsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/types";

export function DateField({ date, hidden, onDate }: { date: IsoDate; hidden: Record<string, string>; onDate: (d: IsoDate) => void }) {
  // What the reader is typing, remembered only while the date it was typed over is current.
  const [draft, setDraft] = useState<{ over: IsoDate; value: string } | null>(null);
  const value = draft && draft.over === date ? draft.value : date;
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // A date typed before React took over the form (a slow load) is in the field but not in React's
  // state: without this, the next render would put the page's date back into the field and the
  // reader's date would be lost when they press Show.
  useEffect(() => {
    const typed = input.current?.value;
    if (typed && typed !== date) setDraft({ over: date, value: typed });
    // Only what was typed before hydration: later changes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const apply = (raw: string, submitted: boolean) => {
    const parsed = parseIsoDate(raw);
    if (parsed) {
      setError(null);
      setDraft(null);
      if (parsed !== date) onDate(parsed);
    } else if (submitted) {
      setError("Enter a complete date (day, month and year).");
    }
  };

  return (
    <form
      method="get"
      action="/"
      role="search"
      aria-label="Choose a date"
      className="date-form"
      onSubmit={(e) => {
        e.preventDefault();
        // The field's own value, not React's copy: a date typed before the page finished loading
        // (before React took over the form) must still count.
        const typed = new FormData(e.currentTarget).get("date");
        apply(typeof typed === "string" ? typed : value, true);
      }}
    >
      <label htmlFor="date">Show the coalition as of</label>
      <input
        type="date"
        ref={input}
        id="date"
        name="date"
        value={value}
        min="2022-01-01"
        max="2100-12-31"
        required
        aria-describedby={error ? "date-error" : undefined}
        onChange={(e) => {
          setDraft({ over: date, value: e.target.value });
          apply(e.target.value, false);
        }}
      />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <button type="submit">Show</button>
      {error ? (
        <span id="date-error" className="field-error" aria-live="polite">
          {error}
        </span>
      ) : null}
    </form>
  );
}
