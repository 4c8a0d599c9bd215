"use client";

/**
 * The group filter: every country, EU members, NATO members, or one summit's participants
 * (lib/groups/group-view.ts). A plain GET form that carries the rest of the view in hidden fields,
 * so it works without JavaScript ("Apply"); with JavaScript a change applies at once.
 */
import type { GroupEvent, GroupKey } from "@/lib/groups/group-view";

type Props = { group: GroupKey | null; events: readonly GroupEvent[]; hidden: Record<string, string>; onChange: (g: GroupKey | null) => void };

export function GroupControl({ group, events, hidden, onChange }: Props) {
  return (
    <form method="get" action="/" className="claim-controls group-control" aria-label="Group filter" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="view-group">Group</label>{" "}
      <select id="view-group" name="group" value={group ?? ""} onChange={(e) => onChange((e.target.value || null) as GroupKey | null)}>
        <option value="">every country</option>
        <option value="eu">EU members</option>
        <option value="nato">NATO members</option>
        {events.map((e) => (
          <option key={e.slug} value={`summit:${e.slug}`}>
            participants in {e.name}
          </option>
        ))}
      </select>
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <noscript>
        <button type="submit">Apply</button>
      </noscript>
    </form>
  );
}
