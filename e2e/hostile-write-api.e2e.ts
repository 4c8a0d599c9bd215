/**
 * Hostile input through the write API as a signed-in editor (the same validation as the forms):
 * odd but valid text is stored exactly and served escaped; bad values, wrong types, unknown keys,
 * impossible dates, control characters, unpaired surrogates, oversize and malformed bodies are
 * refused with a 4xx naming the problem, and leave every table as it was. The database is put back
 * as it was afterwards.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { cleanText } from "@/lib/validation/fields";
import { BAD_DATES, CONTROL_CHARACTERS, HOSTILE_URLS, INERT_TEXT } from "../tests/support/hostile-input";
import { EDITOR, dataChecksum, readDb } from "./support/admin";
import { apiSignIn, apiWrite } from "../scripts/support/api-session";
import { e2eContext, urlFor } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";

const TEXT_FIELDS = ["conditions", "quote", "speaker", "note", "source_title", "source_publisher"] as const;
const VALID = {
  country: "LTU",
  stated_on: "2025-09-20",
  stance: "naval",
  contributions: ["naval"],
  quote: "A valid quote.",
  quote_language: "en",
  confidence: "medium",
  source_title: "Hostile API test",
  source_url: "https://example.org/hostile-api",
};

let cookie: string;
const post = (body: unknown, type?: string) => apiWrite(e2eContext().baseURL, cookie, "POST", "/api/v1/admin/statements", body, type);

writesWithEditorAccount();
beforeAll(async () => {
  cookie = await apiSignIn(e2eContext().baseURL, EDITOR);
}, 60_000);

describe("odd but valid text through the write API", () => {
  it.each(TEXT_FIELDS)("stores every hostile value in %s exactly, and serves it escaped", { timeout: 120_000 }, async (field) => {
    for (const [name, value] of Object.entries(INERT_TEXT)) {
      // Sources are matched by URL, so source fields are tested on sources without one.
      const body = { ...VALID, quote: `${name} in ${field}`, [field]: value, ...(field.startsWith("source_") ? { source_url: "" } : {}) };
      const res = await post(body);
      expect(res.status, `${name}: ${await res.clone().text()}`).toBe(201);
      const { current } = (await res.json()) as { current: { id: number; source: { title: string; publisher: string | null } } & Record<string, unknown> };
      const stored = field === "source_title" ? current.source.title : field === "source_publisher" ? current.source.publisher : current[field];
      expect(stored, name).toBe(cleanText(value));
      // The permalink page carries it only escaped: never as live markup.
      const html = await (await fetch(urlFor(`/statements/${current.id}`))).text();
      expect(html, name).not.toContain("<script>window.__pwned");
      expect(html, name).not.toMatch(/<img src=x onerror/i);
      expect(html, name).not.toMatch(/<svg onload/i);
    }
  });
});

describe("bad input through the write API changes nothing", () => {
  type Case = [label: string, body: unknown, status: number, message: RegExp];
  const cases: Case[] = [
    ...TEXT_FIELDS.flatMap((field) =>
      Object.entries(CONTROL_CHARACTERS).map(([name, value]): Case => [`${name} in ${field}`, { ...VALID, source_url: "", [field]: value }, 400, /control character/]),
    ),
    ...TEXT_FIELDS.map((field): Case => [`unpaired surrogate in ${field}`, { ...VALID, source_url: "", [field]: "a\ud800b" }, 400, /unpaired surrogate/]),
    ...HOSTILE_URLS.map((url): Case => [`source_url ${JSON.stringify(url.slice(0, 30))}`, { ...VALID, source_url: url }, 400, /source_url|URL/i]),
    ...BAD_DATES.map((d): Case => [`stated_on ${d}`, { ...VALID, stated_on: d }, 400, /stated_on|date/i]),
    ...BAD_DATES.map((d): Case => [`source_published_on ${d}`, { ...VALID, source_published_on: d }, 400, /date/i]),
    ["quote one character too long", { ...VALID, quote: "é".repeat(1001) }, 400, /1001 characters long \(max 1000\)/],
    ["stance as a number", { ...VALID, stance: 1 }, 400, /stance/],
    ["stance as a boolean", { ...VALID, stance: true }, 400, /stance: expected a string/],
    ["stance as an object", { ...VALID, stance: { $ne: null } }, 400, /stance: expected a string/],
    ["country missing", { ...VALID, country: null }, 400, /country/],
    ["contributions with a number", { ...VALID, contributions: ["naval", 1] }, 400, /contributions: expected a string/],
    ["a __proto__ object", JSON.stringify(VALID).replace(/}$/, ',"__proto__":{"role":"admin"}}'), 400, /__proto__: expected a string/],
    ["source_id that does not exist", { ...VALID, source_title: "", source_url: "", source_id: 999999 }, 400, /source/i],
    ["a JSON array", [VALID], 400, /JSON object/],
    ["JSON null", null, 400, /JSON object/],
    ["not JSON", "{ country: 'LTU'", 400, /not valid JSON/],
    ["a body over 1 MiB", { ...VALID, note: "x".repeat(1_100_000) }, 413, /limited to 1 MiB/],
  ];

  it("refuses each with a 4xx naming the problem, and every table stays as it was", { timeout: 180_000 }, async () => {
    const before = await dataChecksum();
    const wrong: string[] = [];
    for (const [label, body, status, message] of cases) {
      const res = await post(typeof body === "string" ? body : JSON.stringify(body));
      const text = await res.text();
      if (res.status !== status || !message.test(text)) wrong.push(`${label}: ${res.status} ${text.slice(0, 160)}`);
    }
    const form = await post(new URLSearchParams(VALID as unknown as Record<string, string>).toString(), "application/x-www-form-urlencoded");
    if (form.status !== 415) wrong.push(`form body: ${form.status}`);
    expect(wrong).toEqual([]);
    expect(await dataChecksum()).toBe(before);
  });

  it("ignores keys it does not know: the author, status and id come from the server", async () => {
    const res = await post({ ...VALID, quote: "Unknown keys", recorded_by: "someone-else", status: "retracted", id: 1, statement_id: 1, version: 7, role: "admin" });
    expect(res.status).toBe(201);
    const { current } = (await res.json()) as { current: { id: number; recordedBy: string; status: string; version: number } };
    // The author is the session's account, shown by its public name (never the email).
    const shownAs = readDb((db) => (db.prepare("select display_name as n from users where email = ?").get(EDITOR.email) as { n: string }).n);
    expect(current).toMatchObject({ recordedBy: shownAs, status: "published", version: 1 });
    expect(readDb((db) => db.prepare("select recorded_by as r from statements where id = (select max(id) from statements)").get())).toEqual({ r: EDITOR.email });
    expect(current.id).not.toBe(1);
    expect(readDb((db) => db.prepare("select count(*) as n from statements where recorded_by = 'someone-else'").get())).toEqual({ n: 0 });
  });

  it("refuses an import whose file is not UTF-8, or has a bad row, as a whole", async () => {
    const before = await dataChecksum();
    const header = "country,stated_on,stance,source_title\n";
    const latin1 = Buffer.concat([Buffer.from(`${header}LTU,2025-09-20,naval,Z`), Buffer.from([0xfc]), Buffer.from("rich\n")]);
    const bad = await apiWrite(e2eContext().baseURL, cookie, "POST", "/api/v1/admin/import", new Uint8Array(latin1), "text/csv");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/not valid UTF-8/);
    const mixed = `${header}LTU,2025-09-20,naval,Fine\nLTU,2025-02-30,naval,Impossible date\n`;
    const rejected = await apiWrite(e2eContext().baseURL, cookie, "POST", "/api/v1/admin/import", mixed, "text/csv");
    expect(rejected.status).toBe(422);
    expect(await rejected.text()).toMatch(/nothing was imported[\s\S]*stated_on '2025-02-30' is not a date/);
    expect(await dataChecksum()).toBe(before);
  });
});
