"use client";

/**
 * Opens any country's panel by typing its name: the keyboard's way to every country on the map.
 * Its suggestions (a <datalist> of every country) are drawn when the field first gets focus, by
 * keyboard, pointer or touch alike, not in the page's HTML: 249 options were 1.6 KiB of the gzip of
 * `/` (issue #16), and nobody sees them before using the field. The names are already in the
 * dashboard's props, so nothing more is fetched.
 */
import { memo, useId, useState } from "react";

type Props = { countries: { iso3: string; name: string }[]; onSelect: (iso3: string) => void };

// Memoised: its ~250 options need not be compared again on every slider step.
export const CountryFinder = memo(function CountryFinder({ countries, onSelect }: Props) {
  const listId = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [used, setUsed] = useState(false);
  const find = (text: string) => {
    const t = text.trim().toLowerCase();
    return countries.find((c) => c.name.toLowerCase() === t || c.iso3.toLowerCase() === t);
  };
  return (
    <form
      className="country-finder"
      aria-label="Find a country"
      onSubmit={(e) => {
        e.preventDefault();
        const match = find(value);
        if (!match) {
          setError(value.trim() ? `No country called "${value.trim()}".` : "Type a country's name.");
          return;
        }
        setError(null);
        setValue("");
        onSelect(match.iso3);
      }}
    >
      <label htmlFor={`${listId}-input`}>Find a country</label>
      <input
        id={`${listId}-input`}
        list={listId}
        value={value}
        autoComplete="off"
        onFocus={() => setUsed(true)}
        onChange={(e) => {
          // Also here: a field focused before the page hydrated gets no focus event to draw them.
          setUsed(true);
          setValue(e.target.value);
        }}
        aria-describedby={error ? `${listId}-error` : undefined}
      />
      <datalist id={listId}>{used ? countries.map((c) => <option key={c.iso3} value={c.name} />) : null}</datalist>
      <button type="submit">Open</button>
      {error ? (
        <span id={`${listId}-error`} className="field-error" aria-live="polite">
          {error}
        </span>
      ) : null}
    </form>
  );
});
