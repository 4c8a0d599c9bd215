/** The hover / focus label of a country, built with DOM text nodes (source titles are user data). */

export type CountryDescription = {
  name: string;
  /** "Ground troops", or "No stated position". */
  stanceLabel: string;
  /** The statement in force on the date (the one the panel shows), and its date ("6 Jan 2026"). */
  statementId: number | null;
  stated: string | null;
  /** The position's age on the date (lib/staleness): "stated 412 days ago", with "(faded)" past the view's stale= threshold. */
  age: string | null;
  /** Since when the category is unchanged: the date of its last change ("4 Sep 2025"). */
  since: string | null;
  /** The citation of the statement in force: "Title, Publisher". */
  source: string | null;
  /** One line for screen readers: "France: Ground troops since 4 Sep 2025". */
  label: string;
};

/** The hover card of a country with no position on the date (the dashboard's map and the embedded one). */
export function noPositionDescription(name: string): CountryDescription {
  return { name, stanceLabel: "No stated position", statementId: null, stated: null, age: null, since: null, source: null, label: `${name}: no stated position` };
}

function line(text: string, className: string): HTMLElement {
  const el = document.createElement("div");
  el.className = className;
  el.textContent = text;
  return el;
}

export function tooltipContent(d: CountryDescription): HTMLElement {
  const root = document.createElement("div");
  if (d.statementId !== null) root.dataset.statementId = String(d.statementId);
  root.append(line(d.name, "country-tooltip-name"), line(d.stanceLabel, "country-tooltip-stance"));
  if (d.stated) root.append(line(`Statement of ${d.stated} (#${d.statementId})`, "country-tooltip-meta country-tooltip-stated"));
  if (d.age) root.append(line(d.age, "country-tooltip-meta country-tooltip-age"));
  if (d.source) root.append(line(`Source: ${d.source}`, "country-tooltip-meta"));
  if (d.since) root.append(line(`Unchanged since ${d.since}`, "country-tooltip-meta country-tooltip-since"));
  return root;
}
