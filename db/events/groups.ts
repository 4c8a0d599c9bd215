/** The view's group resolved against the events (a summit's participants are the event's). */
import "server-only";
import type { Db } from "../client";
import { resolveGroup, type Group, type GroupKey } from "@/lib/groups/group-view";
import { listEvents } from "./read";

/** The group `key` names, or null when it names a summit no event had at `known` (or has now). */
export function readGroup(db: Db, key: GroupKey, known: number | null = null): Group | null {
  return resolveGroup(key, listEvents(db, known));
}
