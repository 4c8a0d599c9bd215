/**
 * The Cache-Control rule of a view frozen at `known` (lib/http/cache-control.ts): immutable only
 * when `known` is past by more than the margin for writes in flight, never for an editor's request.
 */
import { describe, expect, it } from "vitest";
import {
  FROZEN_KNOWN_MARGIN_MS,
  FROZEN_VIEW_CACHE_CONTROL,
  PERSONAL_CACHE_CONTROL,
  PUBLIC_VIEW_CACHE_CONTROL,
  isFrozenKnown,
  knownOfTarget,
  publicViewCacheControl,
  readerCacheControl,
} from "@/lib/http/cache-control";

const now = Date.parse("2026-12-01T12:00:00Z");
const reader = new Headers();

describe("Cache-Control of a frozen view", () => {
  it("is immutable for a reader once known is past by more than the margin", () => {
    expect(FROZEN_VIEW_CACHE_CONTROL).toBe("public, max-age=31536000, immutable");
    for (const known of [now - FROZEN_KNOWN_MARGIN_MS - 1, now - 86_400_000, 0]) {
      expect(isFrozenKnown(known, now)).toBe(true);
      expect(publicViewCacheControl(reader, known, now)).toBe(FROZEN_VIEW_CACHE_CONTROL);
    }
  });

  it("stays the short public policy for a live view, a known within the margin or in the future", () => {
    for (const known of [null, now, now - FROZEN_KNOWN_MARGIN_MS, now - 1, now + 1, now + 86_400_000]) {
      expect(isFrozenKnown(known, now)).toBe(false);
      expect(publicViewCacheControl(reader, known, now)).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    }
  });

  it("is private, no-store for any personal request, frozen or not", () => {
    for (const h of [{ cookie: "a=b" }, { authorization: "Bearer x" }, { Cookie: "x" }, { AUTHORIZATION: "Basic y" }] as Record<string, string>[]) {
      for (const known of [null, 0, now - 86_400_000]) {
        expect(publicViewCacheControl(new Headers(h), known, now)).toBe(PERSONAL_CACHE_CONTROL);
      }
    }
  });
});

describe("the known of a request target", () => {
  it("is read as the pages read it, and is null when absent or malformed", () => {
    expect(knownOfTarget("/events?known=2026-01-07T12:00:00Z")).toBe(Date.parse("2026-01-07T12:00:00Z"));
    expect(knownOfTarget("/?date=2025-09-01&known=2026-01-07T12%3A00%3A00Z&view=table")).toBe(Date.parse("2026-01-07T12:00:00Z"));
    for (const target of ["/events", "/events?", "/events?known=", "/events?known=yesterday", "/events?date=2026-01-07", "/events?xknown=2026-01-07T12:00:00Z"]) {
      expect(knownOfTarget(target), target).toBeNull();
    }
  });
});

describe("a reader's Cache-Control of a view", () => {
  const past = now - 86_400_000;
  const pastIso = new Date(past).toISOString();

  it("is frozen for a target or a view known in the past, public for a live one", () => {
    expect(readerCacheControl(`/events?known=${pastIso}`, now)).toBe(FROZEN_VIEW_CACHE_CONTROL);
    expect(readerCacheControl({ path: "/events", known: past }, now)).toBe(FROZEN_VIEW_CACHE_CONTROL);
    expect(readerCacheControl({ known: past }, now)).toBe(FROZEN_VIEW_CACHE_CONTROL);
    for (const view of ["/events", `/events?known=${new Date(now).toISOString()}`, { path: "/events", known: null }, { known: now - 1 }]) {
      expect(readerCacheControl(view, now)).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    }
  });

  it("is never frozen for a view that follows the clock (a citation carries today's access date), while its known still parses", () => {
    const target = `/api/v1/citation?page=/&known=${pastIso}&format=apa`;
    expect(knownOfTarget(target)).toBe(past);
    expect(readerCacheControl(target, now)).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    expect(readerCacheControl({ path: "/api/v1/citation", known: past }, now)).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    expect(publicViewCacheControl(reader, { path: "/api/v1/citation", known: past }, now)).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    expect(publicViewCacheControl(reader, { path: "/api/v1/statements", known: past }, now)).toBe(FROZEN_VIEW_CACHE_CONTROL);
    expect(publicViewCacheControl(new Headers({ cookie: "a=b" }), { path: "/api/v1/statements", known: past }, now)).toBe(PERSONAL_CACHE_CONTROL);
  });
});
