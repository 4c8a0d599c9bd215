/**
 * Every body limit on the path it guards (lib/http/body-limits.ts), against the production server: a
 * body at the limit is read whole (a CSV dry run counts every row; a JSON body is parsed to its
 * last field), one byte over is refused with 413 naming the limit and writes nothing, whether the
 * body has a Content-Length or comes chunked without one. And invalid UTF-8 in any field of any
 * JSON write route is a 400 naming that field, never stored as U+FFFD. The database is put back
 * as it was afterwards.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { API_IMPORT_MAX_BYTES, BROWSER_IMPORT_MAX_FILE_BYTES, FORM_POST_MAX_BYTES, JSON_BODY_MAX_BYTES } from "@/lib/http/body-limits";
import { sizedCsv } from "../tests/support/sized-csv";
import { EDITOR, dataChecksum, readDb, signIn } from "./support/admin";
import { apiSignIn } from "../scripts/support/api-session";
import { setupBrowser } from "./support/browser";
import { e2eContext } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";

type Send = "with Content-Length" | "chunked";
const SENDS: Send[] = ["with Content-Length", "chunked"];

let cookie: string;
const { newPage } = setupBrowser();
writesWithEditorAccount();
beforeAll(async () => {
  cookie = await apiSignIn(e2eContext().baseURL, EDITOR);
}, 60_000);

/** A body in 64 KiB pieces with no Content-Length (Transfer-Encoding: chunked). */
function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += 64 * 1024)));
    },
  });
}

function send(method: string, path: string, bytes: Uint8Array, type: string, how: Send = "with Content-Length"): Promise<Response> {
  const base = e2eContext().baseURL;
  // `duplex` is what Node's fetch needs for a streamed request body; lib.dom's RequestInit lacks it.
  const init: RequestInit & { duplex?: "half" } = {
    method,
    headers: { "content-type": type, origin: base, cookie },
    body: how === "chunked" ? chunked(bytes) : new Blob([new Uint8Array(bytes)]),
    redirect: "manual",
    ...(how === "chunked" ? { duplex: "half" } : {}),
  };
  return fetch(`${base}${path}`, init);
}

const count = (table: string) => readDb((db) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe(`CSV import API: ${API_IMPORT_MAX_BYTES} bytes (20 MiB)`, () => {
  const csv = (n: number) => sizedCsv(n, `api-${n}`);
  type Summary = { imported: boolean; summary: { new: number; duplicate: number; error: number }; rows: unknown[] };

  it.each(SENDS)("reads a file of exactly the limit whole, %s: the dry run counts every row, nothing written", { timeout: 240_000 }, async (how) => {
    const file = csv(API_IMPORT_MAX_BYTES);
    const before = await dataChecksum();
    const res = await send("POST", "/api/v1/admin/import?dryRun=1", file.bytes, "text/csv", how);
    const body = (await res.json()) as Summary;
    expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.summary).toEqual({ new: file.rows, duplicate: 0, error: 0 });
    expect(body.rows).toHaveLength(file.rows);
    expect(await dataChecksum()).toBe(before);
  });

  it("imports a file past Next's default 10 MiB proxy buffer whole: every row is written", { timeout: 240_000 }, async () => {
    const file = csv(10 * 1024 * 1024 + 512 * 1024);
    const before = count("statements");
    const res = await send("POST", "/api/v1/admin/import", file.bytes, "text/csv");
    const body = (await res.json()) as Summary;
    expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body).toMatchObject({ imported: true, summary: { new: file.rows, error: 0 } });
    expect(count("statements")).toBe(before + file.rows);
  });

  it.each(SENDS)("refuses a file one byte over, %s, with 413 naming the limit; nothing written (dry run or not)", { timeout: 240_000 }, async (how) => {
    const file = csv(API_IMPORT_MAX_BYTES + 1);
    const before = await dataChecksum();
    for (const path of ["/api/v1/admin/import?dryRun=1", "/api/v1/admin/import"]) {
      const res = await send("POST", path, file.bytes, "text/csv", how);
      expect(res.status, path).toBe(413);
      expect(((await res.json()) as { error: string }).error).toMatch(/limited to 20 MiB \(20971520 bytes\)/);
    }
    expect(await dataChecksum()).toBe(before);
  });
});

// Every JSON write route, with a body it would take (ids filled in once the rows exist).
type Route = { label: string; method: string; path: () => string; body: () => Record<string, unknown>; fields: string[] };
const STATEMENT = {
  country: "LTU",
  stated_on: "2025-09-20",
  stance: "naval",
  contributions: ["naval"],
  quote: "A body limits quote.",
  quote_language: "en",
  confidence: "medium",
  source_title: "Body limits source",
  source_url: "https://example.org/body-limits",
};
const ids = { statement: 0, statementVersion: 0, source: 0, sourceVersion: 0, event: 0, eventVersion: 0 };
const ROUTES: Route[] = [
  { label: "POST statements", method: "POST", path: () => "/api/v1/admin/statements", body: () => STATEMENT, fields: ["country", "quote", "speaker", "note", "source_title", "contributions"] },
  {
    label: "PATCH statements/{id}",
    method: "PATCH",
    path: () => `/api/v1/admin/statements/${ids.statement}`,
    body: () => ({ ...STATEMENT, baseVersion: ids.statementVersion, change_reason: "limits" }),
    fields: ["quote", "conditions", "change_reason"],
  },
  {
    label: "POST statements/{id}/retract",
    method: "POST",
    path: () => `/api/v1/admin/statements/${ids.statement}/retract`,
    body: () => ({ reason: "limits", baseVersion: ids.statementVersion }),
    fields: ["reason"],
  },
  { label: "POST sources", method: "POST", path: () => "/api/v1/admin/sources", body: () => ({ title: "Limits source two", publisher: "P" }), fields: ["title", "publisher", "note"] },
  {
    label: "PATCH sources/{id}",
    method: "PATCH",
    path: () => `/api/v1/admin/sources/${ids.source}`,
    body: () => ({ title: "Limits source three", baseVersion: ids.sourceVersion }),
    fields: ["title", "note"],
  },
  { label: "POST events", method: "POST", path: () => "/api/v1/admin/events", body: () => ({ name: "Limits summit two", held_on: "2025-10-01" }), fields: ["name", "place", "summary"] },
  {
    label: "PATCH events/{id}",
    method: "PATCH",
    path: () => `/api/v1/admin/events/${ids.event}`,
    body: () => ({ name: "Limits summit three", held_on: "2025-10-02", baseVersion: ids.eventVersion }),
    fields: ["name", "quote"],
  },
];

async function created(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await send("POST", path, utf8(JSON.stringify(body)), "application/json");
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

describe("JSON write API", () => {
  beforeAll(async () => {
    const s = (await created("/api/v1/admin/statements", { ...STATEMENT, quote: "Limits base statement" })) as { current: { id: number; version: number } };
    ids.statement = s.current.id;
    ids.statementVersion = s.current.version;
    const src = (await created("/api/v1/admin/sources", { title: "Limits base source" })) as { id: number; version: number };
    ids.source = src.id;
    ids.sourceVersion = src.version;
    const ev = (await created("/api/v1/admin/events", { name: "Limits base summit", held_on: "2025-09-30" })) as { id: number; version?: number };
    ids.event = ev.id;
    ids.eventVersion = ev.version ?? 1;
  }, 60_000);

  /** The route's body made exactly `bytes` long with an ignored key, its padding `unit` repeated; `extra` after it. */
  function padded(route: Route, bytes: number, unit: string, extra: Record<string, unknown> = {}): Uint8Array {
    const make = (padding: string) => utf8(JSON.stringify({ ...route.body(), padding, ...extra }));
    const shell = make("").length;
    const unitBytes = utf8(unit).length;
    const n = Math.floor((bytes - shell) / unitBytes);
    const out = make(unit.repeat(n) + "x".repeat(bytes - shell - n * unitBytes)); // the rest in ASCII
    expect(out.length).toBe(bytes);
    return out;
  }

  it.each(ROUTES)(`$label: a body of exactly ${JSON_BODY_MAX_BYTES} bytes is parsed whole; one byte more is 413, also chunked and in multi-byte text`, { timeout: 120_000 }, async (route) => {
    const before = await dataChecksum();
    const wrong: string[] = [];
    for (const how of SENDS) {
      // At the limit: parsed to its last key (an unknown `baseVersion` type there makes it a 400
      // that names that field, so nothing is written, and shows nothing was cut off).
      const atLimit = padded(route, JSON_BODY_MAX_BYTES, "x", { zz_last: { nested: true } });
      const ok = await send(route.method, route.path(), atLimit, "application/json", how);
      const okText = await ok.text();
      if (ok.status !== 400 || !/zz_last: expected a string/.test(okText)) wrong.push(`at limit ${how}: ${ok.status} ${okText.slice(0, 200)}`);
      for (const unit of ["x", "é", "🇺🇦"]) {
        const over = padded(route, JSON_BODY_MAX_BYTES + 1, unit);
        const res = await send(route.method, route.path(), over, "application/json", how);
        const text = await res.text();
        if (res.status !== 413 || !/limited to 1 MiB \(1048576 bytes\)/.test(text)) wrong.push(`over, ${unit}, ${how}: ${res.status} ${text.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await dataChecksum()).toBe(before);
  });

  const BAD: Record<string, number[]> = {
    "0xFF": [0xff],
    "a lone continuation byte": [0x80],
    "an overlong '/'": [0xc0, 0xaf],
    "a truncated sequence": [0xe2, 0x82],
    "an encoded surrogate": [0xed, 0xa0, 0x80],
    "Latin-1 ü": [0xfc],
  };

  /** The route's body with `bad` bytes inside the value of `field` (a list element for lists). */
  function withBadBytes(route: Route, field: string, bad: number[]): Uint8Array {
    const mark = "@@BAD@@";
    const value = field === "contributions" ? ["naval", `x${mark}y`] : `ok ${mark} ok`;
    const [head, tail] = JSON.stringify({ ...route.body(), [field]: value }).split(mark) as [string, string];
    return new Uint8Array([...utf8(head), ...bad, ...utf8(tail)]);
  }

  it.each(ROUTES)("$label: invalid UTF-8 in any field is a 400 naming the field; nothing written", { timeout: 120_000 }, async (route) => {
    const before = await dataChecksum();
    const wrong: string[] = [];
    for (const field of route.fields) {
      for (const [name, bad] of Object.entries(BAD)) {
        const res = await send(route.method, route.path(), withBadBytes(route, field, bad), "application/json");
        const json = (await res.json()) as { error?: string; fieldErrors?: Record<string, string[]> };
        if (res.status !== 400 || !json.error?.includes(`${field}: not valid UTF-8`) || !json.fieldErrors?.[field]?.join(" ").includes("UTF-8")) {
          wrong.push(`${field}, ${name}: ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
        }
      }
    }
    // In a key, and outside any string.
    const body = JSON.stringify(route.body());
    const inKey = new Uint8Array([...utf8(body.slice(0, -1) + ',"qu'), 0xff, ...utf8('te":"x"}')]);
    const keyRes = await send(route.method, route.path(), inKey, "application/json");
    if (keyRes.status !== 400 || !/field name .* is not valid UTF-8/.test(await keyRes.text())) wrong.push(`in a key: ${keyRes.status}`);
    const outside = new Uint8Array([...utf8(body.slice(0, -1) + ',"n":1'), 0xff, ...utf8("}")]);
    const outRes = await send(route.method, route.path(), outside, "application/json");
    if (outRes.status !== 400 || !/not valid UTF-8/.test(await outRes.text())) wrong.push(`outside a string: ${outRes.status}`);
    expect(wrong).toEqual([]);
    expect(await dataChecksum()).toBe(before);
  });
});

describe(`browser import: a ${BROWSER_IMPORT_MAX_FILE_BYTES}-byte (4 MiB) file; form posts: ${FORM_POST_MAX_BYTES} bytes (5 MiB)`, () => {
  it("dry-runs a file of exactly 4 MiB whole; refuses 4 MiB + 1 byte in the page before sending it, and in the action", { timeout: 180_000 }, async () => {
    const page = await newPage();
    await signIn(page, EDITOR, "/admin/import");
    const atLimit = sizedCsv(BROWSER_IMPORT_MAX_FILE_BYTES, "browser-at");
    await page.locator("#f-file").setInputFiles({ name: "at-limit.csv", mimeType: "text/csv", buffer: Buffer.from(atLimit.bytes) });
    await page.locator("form.admin-form button[type=submit]").filter({ hasText: "dry run" }).click();
    await page.locator("table.import-outcomes caption").waitFor({ timeout: 60_000 });
    expect(await page.locator("table.import-outcomes caption").innerText()).toContain(`${atLimit.rows} new, 0 duplicate, 0 with errors`);
    expect(await page.locator("table.import-outcomes tbody tr").count()).toBe(atLimit.rows);

    const before = await dataChecksum();
    const over = sizedCsv(BROWSER_IMPORT_MAX_FILE_BYTES + 1, "browser-over");
    const posts: string[] = [];
    page.on("request", (r) => void (r.method() === "POST" && posts.push(r.url())));
    await page.locator("#f-file").setInputFiles({ name: "over.csv", mimeType: "text/csv", buffer: Buffer.from(over.bytes) });
    await page.locator("form.admin-form button[type=submit]").filter({ hasText: "dry run" }).click();
    const error = page.locator("#f-file-error");
    await expect.poll(() => error.innerText()).toMatch(/at most 4 MiB \(4194304 bytes\) in the browser import/);
    expect(await page.locator("#f-file").getAttribute("aria-invalid")).toBe("true");
    expect(posts).toEqual([]);

    // As a browser without JavaScript posts it (the form's own fields, its action id included).
    await page.goto("/admin/import");
    await page.locator("#f-file").setInputFiles({ name: "over.csv", mimeType: "text/csv", buffer: Buffer.from(over.bytes) });
    const html = await page.evaluate(async () => {
      const form = (document.getElementById("f-file") as HTMLInputElement).form!;
      const res = await fetch(location.href, { method: "POST", body: new FormData(form) });
      return `${res.status} ${await res.text()}`;
    });
    expect(html).toMatch(/^200 /);
    expect(html).toContain("at most 4 MiB (4194304 bytes) in the browser import");
    expect(await dataChecksum()).toBe(before);
  });

  it.each(SENDS)("refuses a form post over 5 MiB, %s, with 413 naming the limit before Next reads it; nothing written", { timeout: 120_000 }, async (how) => {
    const before = await dataChecksum();
    const boundary = "----limits";
    const file = sizedCsv(FORM_POST_MAX_BYTES, "form-over").bytes;
    const body = new Uint8Array([
      ...utf8(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      ...file,
      ...utf8(`\r\n--${boundary}--\r\n`),
    ]);
    for (const headers of [{}, { "next-action": "0".repeat(42) }]) {
      const res = await fetch(`${e2eContext().baseURL}/admin/import`, {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: e2eContext().baseURL, cookie, ...headers },
        body: how === "chunked" ? chunked(body) : new Blob([body]),
        redirect: "manual",
        ...(how === "chunked" ? { duplex: "half" } : {}),
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(await res.text()).toMatch(/form submission is limited to 5 MiB \(5242880 bytes\)/);
    }
    expect(await dataChecksum()).toBe(before);
  });
});
