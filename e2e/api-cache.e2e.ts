/**
 * The read API's cache, from outside: answers carry a validator (ETag) that a reader can revalidate
 * for a 304, and a write by another process (the CLI import) shows on the very next request, with
 * a new ETag. The probe statement is dated 2099 so that no other spec's view (today or a past
 * date) changes.
 */
import { describe, expect, it } from "vitest";
import { importCsvWithCli } from "./support/cli-import";
import { urlFor } from "./support/context";
import { restoresSharedDatabase } from "./support/db-snapshot";

const PROBE_DATE = "2099-01-01";
const STANCES = `/api/v1/stances?date=${PROBE_DATE}`;

// Its 2099 probes are put back afterwards: left in, they stretch every later chart to 2099.
restoresSharedDatabase();

describe("read API cache", () => {
  it("answers with an ETag, and 304 to a reader who already has that version", async () => {
    const first = await fetch(urlFor(STANCES));
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/max-age=0/);
    const again = await fetch(urlFor(STANCES), { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("shows a statement imported by another process on the very next request", async () => {
    const before = await fetch(urlFor(STANCES));
    const beforeBody = (await before.json()) as { countries: { iso3: string; quote: string | null }[] };
    const marker = `cache probe ${Date.now()}`;
    expect(JSON.stringify(beforeBody)).not.toContain(marker);

    importCsvWithCli(`country,stated_on,stance,quote,source_title\nAND,${PROBE_DATE},naval,${marker},E2E cache probe\n`);

    const after = await fetch(urlFor(STANCES), { headers: { "if-none-match": before.headers.get("etag")! } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    const body = (await after.json()) as { countries: { iso3: string; stance: string; quote: string | null }[] };
    expect(body.countries).toContainEqual(expect.objectContaining({ iso3: "AND", stance: "naval", quote: marker }));
  });
});
