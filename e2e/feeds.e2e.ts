/**
 * The Atom feeds (/feed.atom and its filters), read as a feed reader reads them: parsed with a real
 * XML parser (@xmldom/xmldom, which throws on any well-formedness error) and checked for the
 * elements RFC 4287 requires; the entries are compared with the position changes the seed file
 * implies (e2e/support/seed-expect.ts), never with hard-coded counts. One spec writes (a statement
 * and its retraction through the write API) and the database is put back afterwards.
 */
import { PUBLIC_VIEW_CACHE_CONTROL } from "@/lib/http/cache-control";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { apiSignIn, apiWrite } from "../scripts/support/api-session";
import { EDITOR } from "./support/admin";
import { setupBrowser } from "./support/browser";
import { e2eContext, urlFor } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";
import { seedRows } from "./support/seed-expect";

const ATOM = "http://www.w3.org/2005/Atom";
const COMMITMENTS = ["floated", "willing", "pledged", "approved", "deployed"];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const { newPage } = setupBrowser();

type Entry = { id: string; title: string; updated: string; link: string; terms: string[]; content: string };

function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`not well-formed XML: ${message}`);
    },
  }).parseFromString(text, "application/xml");
}

const children = (el: Element, name: string): Element[] => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name);
const one = (el: Element, name: string): Element => {
  const found = children(el, name);
  expect(found, `<${el.localName}> must have exactly one <${name}>`).toHaveLength(1);
  return found[0]!;
};

/** The feed, checked for RFC 4287's required elements (4.1.1, 4.1.2), and its entries. */
async function readFeed(pathAndQuery: string): Promise<{ entries: Entry[]; res: Response; text: string }> {
  const res = await fetch(urlFor(pathAndQuery), { signal: AbortSignal.timeout(15_000) });
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const feed = parseXml(text).documentElement!;
  expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, "feed"]);
  for (const name of ["id", "title", "updated"]) expect(one(feed, name).textContent?.trim()).not.toBe("");
  expect(one(feed, "updated").textContent).toMatch(RFC3339);
  // A feed-level author, so no entry needs its own (4.1.1).
  expect(one(one(feed, "author"), "name").textContent?.trim()).not.toBe("");
  const self = children(feed, "link").find((l) => l.getAttribute("rel") === "self");
  expect(self?.getAttribute("href")).toMatch(/^https?:\/\//);
  const entries = children(feed, "entry").map((e): Entry => {
    const link = children(e, "link").find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate");
    const entry = {
      id: one(e, "id").textContent ?? "",
      title: one(e, "title").textContent ?? "",
      updated: one(e, "updated").textContent ?? "",
      link: link?.getAttribute("href") ?? "",
      terms: children(e, "category").map((c) => c.getAttribute("term") ?? ""),
      content: one(e, "content").textContent ?? "",
    };
    expect(entry.id).toMatch(/^https?:\/\/[^/]+\/statements\/\d+(#retracted)?$/);
    expect(entry.title.trim()).not.toBe("");
    expect(entry.updated).toMatch(RFC3339);
    expect(entry.link).toMatch(/^https?:\/\/[^/]+\/statements\/\d+$/);
    return entry;
  });
  expect(new Set(entries.map((e) => e.id)).size, "entry ids are unique").toBe(entries.length);
  const times = entries.map((e) => Date.parse(e.updated));
  expect(times, "newest recorded first").toEqual([...times].sort((a, b) => b - a));
  return { entries, res, text };
}

const from = (d: string) => (/^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d);

/**
 * The seed's position changes as "ISO3 stance" (the category changed to), with each change's
 * commitment: per country, the deciding row of each day (the later one in the file on a tie)
 * whenever its stance differs from the day before's.
 */
function seedChanges(): { key: string; iso3: string; stance: string; commitment: string }[] {
  const byCountry = new Map<string, { row: (typeof seedRows)[number]; index: number }[]>();
  seedRows.forEach((row, index) => byCountry.set(row.country!, [...(byCountry.get(row.country!) ?? []), { row, index }]));
  const out: { key: string; iso3: string; stance: string; commitment: string }[] = [];
  for (const [iso3, rows] of byCountry) {
    rows.sort((a, b) => (from(a.row.stated_on!) !== from(b.row.stated_on!) ? (from(a.row.stated_on!) < from(b.row.stated_on!) ? -1 : 1) : a.index - b.index));
    let previous: string | null = null;
    rows.forEach(({ row }, i) => {
      if (rows[i + 1] && from(rows[i + 1]!.row.stated_on!) === from(row.stated_on!)) return;
      if (row.stance !== previous) out.push({ key: `${iso3} ${row.stance}`, iso3, stance: row.stance!, commitment: row.commitment ?? "" });
      previous = row.stance!;
    });
  }
  return out;
}

/** "ISO3 stance" of each entry (its category terms: the stance, then the country). */
const keys = (entries: Entry[]) => entries.map((e) => `${e.terms[1]} ${e.terms[0]}`).sort();

describe("GET /feed.atom", () => {
  it("is valid Atom with one entry per position change of the seed, each citing its statement", async () => {
    const { entries } = await readFeed("/feed.atom");
    expect(keys(entries)).toEqual(seedChanges().map((c) => c.key).sort());
    // Every entry says from → to, when it was stated, its source, and links the dashboard on that date.
    for (const e of entries) {
      expect(e.title).toMatch(/^.+: .+ → .+$/);
      expect(e.content).toMatch(/stated \d{1,2} [A-Z][a-z]{2} \d{4}|stated [A-Z][a-z]+ \d{4}/);
      expect(e.content).toContain("Source: ");
      expect(e.content).toMatch(new RegExp(`/\\?date=\\d{4}-\\d{2}-\\d{2}&amp;country=${e.terms[1]}"`));
    }
  });

  it("filters by country, by category (one or several) and by commitment (that level or firmer)", async () => {
    const changes = seedChanges();
    const country = changes.find((c) => changes.filter((d) => d.iso3 === c.iso3).length > 1)?.iso3 ?? changes[0]!.iso3;
    expect(keys((await readFeed(`/feed.atom?country=${country.toLowerCase()}`)).entries)).toEqual(changes.filter((c) => c.iso3 === country).map((c) => c.key).sort());
    expect(keys((await readFeed("/feed.atom?stance=troops,naval")).entries)).toEqual(changes.filter((c) => ["troops", "naval"].includes(c.stance)).map((c) => c.key).sort());
    const kept: number[] = [];
    for (const level of COMMITMENTS) {
      const firm = COMMITMENTS.slice(COMMITMENTS.indexOf(level));
      const expected = changes.filter((c) => firm.includes(c.commitment)).map((c) => c.key).sort();
      expect(keys((await readFeed(`/feed.atom?commitment=${level}`)).entries), level).toEqual(expected);
      kept.push(expected.length);
    }
    // The seed exercises the filter: some changes have a commitment, and "floated or firmer" leaves out those without one.
    expect(kept[0]).toBeGreaterThan(0);
    expect(kept[0]).toBeLessThan(changes.length);
    // Filters combine; a filter nothing passes is a valid, empty feed.
    expect((await readFeed(`/feed.atom?country=${country}&stance=troops&commitment=deployed`)).entries.length).toBeLessThanOrEqual(
      changes.filter((c) => c.iso3 === country && c.stance === "troops" && c.commitment === "deployed").length,
    );
  });

  it("refuses every malformed filter with a 4xx and a plain message naming the parameter", async () => {
    const bad: [string, number, RegExp][] = [
      ["country=12", 400, /^country: /],
      ["country=FRANCE", 400, /^country: /],
      ["country=ZZZ", 404, /^country: .*ZZZ/],
      ["stance=tanks", 400, /^stance: .*tanks/],
      ["stance=troops,", 400, /^stance: /],
      ["stance=troops;naval", 400, /^stance: /],
      ["commitment=firm", 400, /^commitment: .*firm/],
      ["commitment=Pledged", 400, /^commitment: /],
      ["commitment=pledged&stance=%00", 400, /^stance: /],
    ];
    for (const [query, status, message] of bad) {
      const res = await fetch(urlFor(`/feed.atom?${query}`), { signal: AbortSignal.timeout(15_000) });
      const body = await res.text();
      expect(res.status, query).toBe(status);
      expect(res.headers.get("content-type"), query).toMatch(/^text\/plain/);
      expect(body, query).toMatch(message);
      expect(body, query).not.toMatch(/\bat .*\.(js|ts):\d+/);
    }
  });

  it("is cached like every public view: an ETag, the shared-cache header, a 304 to If-None-Match", async () => {
    const { res } = await readFeed("/feed.atom?stance=troops");
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(res.headers.get("cache-control")).toBe(PUBLIC_VIEW_CACHE_CONTROL);
    const again = await fetch(urlFor("/feed.atom?stance=troops"), { headers: { "if-none-match": etag! }, signal: AbortSignal.timeout(15_000) });
    expect(again.status).toBe(304);
  });
});

describe("feed links on the pages", () => {
  it("every page advertises the feed; a country page links its own, which holds that country's changes", async () => {
    const changes = seedChanges();
    const iso3 = changes[0]!.iso3;
    const page = await newPage();
    await page.goto(urlFor("/"));
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute("href")))).toContain(
      "/feed.atom",
    );
    await page.goto(urlFor(`/countries/${iso3}`));
    // The page has a metadataBase (its own preview image), so Next writes these links absolute:
    // compare where they lead, on this origin.
    const alternates = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((ls) => ls.map((l) => { const u = new URL(l.getAttribute("href") ?? "", location.href); return u.origin === location.origin ? u.pathname + u.search : u.href; }));
    expect(alternates).toEqual([`/feed.atom?country=${iso3}`, "/feed.atom"]);
    const href = await page.getByTestId("country-feed").getAttribute("href");
    expect(href).toBe(`/feed.atom?country=${iso3}`);
    expect(keys((await readFeed(href!)).entries)).toEqual(changes.filter((c) => c.iso3 === iso3).map((c) => c.key).sort());
  });
});

describe("feeds after writes", () => {
  writesWithEditorAccount();
  let cookie: string;
  beforeAll(async () => {
    cookie = await apiSignIn(e2eContext().baseURL, EDITOR);
  }, 60_000);

  it("a new position is an entry at once; its retraction is an entry too, and the change's entry goes", async () => {
    const iso3 = "MLT"; // no statement in the seed: the new one is its first position
    const before = (await readFeed(`/feed.atom?country=${iso3}`)).entries;
    const created = await apiWrite(e2eContext().baseURL, cookie, "POST", "/api/v1/admin/statements", {
      country: iso3,
      stated_on: "2025-10-02",
      stance: "naval",
      commitment: "willing",
      quote: "Feed test <quote> & ]]> end",
      quote_language: "en",
      source_title: "Feed test source",
      source_url: "https://example.org/feed-test?a=1&b=2",
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { current } = (await created.json()) as { current: { id: number; version: number } };

    const afterCreate = (await readFeed(`/feed.atom?country=${iso3}`)).entries;
    expect(afterCreate).toHaveLength(before.length + 1);
    const entry = afterCreate.find((e) => e.id.endsWith(`/statements/${current.id}`));
    expect(entry?.terms).toEqual(["naval", iso3]);
    expect(entry?.content).toContain("Feed test &lt;quote&gt; &amp; ]]&gt; end");
    expect((await readFeed("/feed.atom?commitment=willing")).entries.map((e) => e.id)).toContain(entry!.id);
    expect((await readFeed("/feed.atom?commitment=pledged")).entries.map((e) => e.id)).not.toContain(entry!.id);

    const retracted = await apiWrite(e2eContext().baseURL, cookie, "POST", `/api/v1/admin/statements/${current.id}/retract`, { reason: "misattributed <b>quote</b>", baseVersion: current.version });
    expect(retracted.status, await retracted.clone().text()).toBe(200);
    const afterRetract = (await readFeed(`/feed.atom?country=${iso3}`)).entries;
    expect(afterRetract.map((e) => e.id)).not.toContain(entry!.id);
    const retraction = afterRetract.find((e) => e.id.endsWith(`/statements/${current.id}#retracted`));
    expect(retraction?.terms).toEqual(["retraction", iso3]);
    expect(retraction?.title).toMatch(/retracted/);
    expect(retraction?.content).toContain("misattributed &lt;b&gt;quote&lt;/b&gt;");
    expect((await readFeed("/feed.atom?stance=naval")).entries.map((e) => e.id)).toContain(retraction!.id);
  });
});
