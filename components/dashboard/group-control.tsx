"use client";

/**
 * The group filter: every country, EU members, NATO members, or one summit's participants
 * (lib/groups/group-view.ts), in a ViewForm (a GET form that works without JavaScript).
 */
import type { GroupEvent, GroupKey } from "@/lib/groups/group-view";
import { ViewForm } from "./view-form";

type Props = { group: GroupKey | null; events: readonly GroupEvent[]; hidden: Record<string, string>; onChange: (g: GroupKey | null) => void };

export function GroupControl({ group, events, hidden, onChange }: Props) {
  return (
    <ViewForm className="claim-controls group-control" label="Group filter" hidden={hidden}>
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
    </ViewForm>
  );
}
