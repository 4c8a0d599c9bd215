/**
 * A frozen link (`known=`) shows the whole view as known then: after an editor retitles a source,
 * adds a summit and adds a statement, the frozen page, read API and preview image are unchanged
 * (byte for byte where the answer is computed only from data), while the live ones show the edits.
 * A view frozen at a known well in the past is `immutable` for readers, `private, no-store` for an
 * editor. The database is put back as it was afterwards.
 */
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { EDITOR, readDb } from "./support/admin";
import { apiSignIn, apiWrite } from "../scripts/support/api-session";
import { e2eContext, urlFor } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";

type Row = { iso3: string; statementId: number; source: { title: string } };
type Stances = { countries: Row[] };

const SUMMIT = {
  name: "Frozen view test summit",
  slug: "frozen-view-test-summit",
  held_on: "2025-10-02",
  place: "Testville",
  participants: "FRA, DEU",
  source_mode: "none",
};

let cookie: string;
const send = (method: string, path: string, body: unknown) => apiWrite(e2eContext().baseURL, cookie, method, path, body);
const get = (path: string) => fetch(urlFor(path));
const text = async (path: string) => {
  const res = await get(path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return res.text();
};
const imageHash = async (path: string) => {
  const res = await get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^image\/png/);
  return crypto.createHash("sha256").update(Buffer.from(await res.arrayBuffer())).digest("hex");
};

writesWithEditorAccount();
beforeAll(async () => {
  cookie = await apiSignIn(e2eContext().baseURL, EDITOR);
}, 60_000);

describe("a frozen link (known=) after edits to sources and events", () => {
  it("keeps its page, read API and preview image while the live ones change", async () => {
    const live = (await (await get("/api/v1/stances")).json()) as Stances;
    const row = live.countries[0]!;
    // The row's primary source (the API names it without its id).
    const sourceId = readDb((db) => db.prepare("select source_id from statements where statement_id = ? and superseded_at is null").pluck().get(row.statementId) as number);
    const cited = { iso3: row.iso3, source: { id: sourceId, title: row.source.title } };
    const oldTitle = cited.source.title;
    const newTitle = `${oldTitle} (retitled by the frozen-view test)`;
    // A country with no stated position, to which a statement is added (so the live image's counts change).
    const stated = new Set(live.countries.map((r) => r.iso3));
    const unstated = ["VAT", "SMR", "AND", "MCO", "LIE", "TUV", "NRU"].find((iso3) => !stated.has(iso3))!;

    const known = new Date().toISOString();
    const frozen = {
      stances: `/api/v1/stances?known=${known}`,
      statements: `/api/v1/statements?country=${cited.iso3}&known=${known}`,
      payload: `/api/v1/timeline/payload?known=${known}`,
      og: `/og?known=${known}`,
      source: `/sources/${cited.source.id}?known=${known}`,
      sources: `/sources?known=${known}`,
      events: `/events?known=${known}`,
      home: `/?known=${known}&view=table`,
      feed: `/feed.atom?known=${known}`,
    };
    const before = {
      stances: await text(frozen.stances),
      statements: await text(frozen.statements),
      payload: await text(frozen.payload),
      feed: await text(frozen.feed),
      og: await imageHash(frozen.og),
      liveOg: await imageHash("/og"),
    };
    expect(before.stances).toContain(oldTitle);

    // The editor's changes: the source retitled, a summit added, a statement added.
    const src = readDb((db) => db.prepare("select * from sources where id = ?").get(cited.source.id) as Record<string, string | number | null>);
    const edited = await send("PATCH", `/api/v1/admin/sources/${cited.source.id}`, {
      title: newTitle,
      publisher: src.publisher ?? "",
      url: src.url ?? "",
      published_on: src.published_on ?? "",
      language: src.language ?? "",
      retrieved_on: src.retrieved_on ?? "",
      archived_url: src.archived_url ?? "",
      note: src.note ?? "",
      baseVersion: String(src.version),
    });
    expect(edited.status, await edited.clone().text()).toBe(200);
    const summit = await send("POST", "/api/v1/admin/events", SUMMIT);
    expect(summit.status, await summit.clone().text()).toBe(201);
    const statement = await send("POST", "/api/v1/admin/statements", {
      country: unstated,
      stated_on: "2025-09-21",
      stance: "support_only",
      quote: "Added after the frozen link was taken.",
      quote_language: "en",
      confidence: "medium",
      source_title: "Frozen view test source",
      source_url: "https://example.org/frozen-view-test",
    });
    expect(statement.status, await statement.clone().text()).toBe(201);

    // The frozen link: the same answers, byte for byte.
    expect(await text(frozen.stances)).toBe(before.stances);
    expect(await text(frozen.statements)).toBe(before.statements);
    expect(await text(frozen.payload)).toBe(before.payload);
    expect(await text(frozen.feed)).toBe(before.feed);
    expect(await imageHash(frozen.og)).toBe(before.og);
    // Its pages cite the old title and list no new summit.
    const sourcePage = await text(frozen.source);
    expect(sourcePage).toContain(oldTitle);
    expect(sourcePage).not.toContain(newTitle);
    expect(sourcePage).toContain('data-testid="frozen-note"');
    // The cited statement's page, frozen: its version history cites the source as known then too.
    const statementPage = await text(`/statements/${row.statementId}?known=${known}`);
    expect(statementPage).toContain(oldTitle);
    expect(statementPage).not.toContain(newTitle);
    // The sources list, frozen: the old title, no source added since, the notice, and links that keep known.
    const sourcesList = await text(frozen.sources);
    expect(sourcesList).toContain(oldTitle);
    expect(sourcesList).not.toContain(newTitle);
    expect(sourcesList).not.toContain("Frozen view test source");
    expect(sourcesList).toContain('data-testid="frozen-note"');
    expect(sourcesList).toMatch(new RegExp(`href="/sources/${cited.source.id}\\?known=`));
    expect(await text(frozen.events)).not.toContain(SUMMIT.name);
    const home = await text(frozen.home);
    expect(home).not.toContain(SUMMIT.name);
    expect(home).not.toContain(newTitle);
    expect((await get(`/events/${SUMMIT.slug}?known=${known}`)).status).toBe(404);
    expect((await get(`/api/v1/stances?known=${known}&group=summit:${SUMMIT.slug}`)).status).toBe(400);

    // The live link shows every change.
    const liveStances = await text("/api/v1/stances");
    expect(liveStances).toContain(newTitle);
    expect(liveStances).toContain(`"${unstated}"`);
    expect(await text(`/api/v1/statements?country=${cited.iso3}`)).toContain(newTitle);
    expect(await text("/api/v1/timeline/payload")).toContain(SUMMIT.name);
    expect(await text("/feed.atom")).not.toBe(before.feed);
    expect(await imageHash("/og")).not.toBe(before.liveOg);
    expect(await text(`/sources/${cited.source.id}`)).toContain(newTitle);
    expect(await text(`/statements/${row.statementId}`)).toContain(newTitle);
    const liveList = await text("/sources");
    expect(liveList).toContain(newTitle);
    expect(liveList).toContain("Frozen view test source");
    expect(liveList).not.toContain('data-testid="frozen-note"');
    expect(await text("/events")).toContain(SUMMIT.name);
    expect(await text("/?view=table")).toContain(SUMMIT.name);
    const eventPage = await text(`/events/${SUMMIT.slug}`);
    expect(eventPage).toContain(SUMMIT.name);
    expect(eventPage).toMatch(/data-iso3="DEU"/);
    expect((await get(`/api/v1/stances?group=summit:${SUMMIT.slug}`)).status).toBe(200);
  });
});

describe("Cache-Control of a frozen view", () => {
  const past = new Date(Date.now() - 3_600_000).toISOString();
  const paths = [`/api/v1/stances?known=${past}`, `/api/v1/statements?country=FRA&known=${past}`, `/api/v1/timeline/payload?known=${past}`, `/api/v1/timeline?known=${past}`, `/api/v1/search?q=troops&known=${past}`, `/og?known=${past}`, `/feed.atom?known=${past}`];
  // The pages: decided per request by the production server (scripts/server/public-validators.ts).
  // (Pages of one source or summit are 404 at a `known` before the e2e database was seeded.)
  const pages = [`/?known=${past}`, `/events?known=${past}`, `/countries/FRA?known=${past}`];

  it("is immutable for a reader when known is in the past", async () => {
    for (const path of [...paths, ...pages]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
    }
  });

  it("is private, no-store for an editor, whatever known is", async () => {
    for (const path of paths) {
      for (const headers of [{ cookie }, { authorization: "Bearer x" }] as Record<string, string>[]) {
        const res = await fetch(urlFor(path), { headers });
        expect(res.headers.get("cache-control"), `${path} ${Object.keys(headers)[0]}`).toBe("private, no-store");
      }
    }
    // A page asked with a cookie gets Next's own private policy, never a shared one.
    for (const path of pages) {
      const res = await fetch(urlFor(path), { headers: { cookie } });
      expect(res.headers.get("cache-control"), path).toMatch(/private/);
      expect(res.headers.get("cache-control"), path).toMatch(/no-store/);
    }
  });

  it("is the short public policy for a live view, a known just now or in the future", async () => {
    for (const known of [null, new Date().toISOString(), new Date(Date.now() + 86_400_000).toISOString()]) {
      for (const path of ["/api/v1/stances", "/events", "/countries/FRA"]) {
        const res = await get(known === null ? path : `${path}?known=${known}`);
        expect(res.headers.get("cache-control"), `${path} ${String(known)}`).toMatch(/^public, max-age=0, s-maxage=/);
      }
    }
  });
});
