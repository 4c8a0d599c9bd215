/** The hover / focus label of a country, built with DOM text nodes (source titles are user data). */

export type CountryDescription = {
  name: string;
  /** "Ground troops", or "No stated position". */
  stanceLabel: string;
  /** When the stance was first stated ("4 Sep 2025"), if it has one. */
  since: string | null;
  /** The citation of the statement that set it: "Title, Publisher". */
  source: string | null;
  /** One line for screen readers: "France: Ground troops since 4 Sep 2025". */
  label: string;
};

function line(text: string, className: string): HTMLElement {
  const el = document.createElement("div");
  el.className = className;
  el.textContent = text;
  return el;
}

export function tooltipContent(d: CountryDescription): HTMLElement {
  const root = document.createElement("div");
  root.append(line(d.name, "country-tooltip-name"), line(d.stanceLabel, "country-tooltip-stance"));
  if (d.since) root.append(line(`Since ${d.since}`, "country-tooltip-meta"));
  if (d.source) root.append(line(`Source: ${d.source}`, "country-tooltip-meta"));
  return root;
}
