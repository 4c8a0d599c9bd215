/**
 * The OpenAPI description (GET /api/v1/openapi.json) against the real server: every described
 * read operation is called, every JSON answer validated (ajv, JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1) against the schema the description gives for its status; the write routes too, as a
 * signed-in editor (the database is put back afterwards). The /api page lists every operation.
 */
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { apiSignIn, apiWrite } from "../scripts/support/api-session";
import { EDITOR } from "./support/admin";
import { setupBrowser } from "./support/browser";
import { e2eContext, urlFor } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";

type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>; components?: object };

let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** Validates a real answer against the description of `method path` for its status. */
async function conforms(method: string, path: string, res: Response): Promise<void> {
  const described = doc.paths[path]?.[method]?.responses[String(res.status)];
  expect(described, `${method.toUpperCase()} ${path}: status ${res.status} is not described`).toBeDefined();
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = described!.content?.[type];
  expect(media, `${method.toUpperCase()} ${path} ${res.status}: content type ${type} is not described`).toBeDefined();
  if (type !== "application/json") return;
  const validate = ajv.compile({ ...media!.schema, components: doc.components });
  const body: unknown = await res.json();
  expect(validate(body), `${method.toUpperCase()} ${path} ${res.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

const get = (p: string) => fetch(urlFor(p), { signal: AbortSignal.timeout(15_000) });

beforeAll(async () => {
  const res = await get("/api/v1/openapi.json");
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
});

describe("GET /api/v1/openapi.json", () => {
  it("answers of every read operation validate against it, errors included", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const stances = (await (await get("/api/v1/stances?date=2026-01-08")).json()) as { countries: { iso3: string; statementId: number }[] };
    const { iso3, statementId } = stances.countries[0]!;
    // One real request per described GET (path parameters filled from the data), and bad ones.
    const calls: [string, string][] = [
      ["/api/health", "/api/health"],
      ["/api/auth/get-session", "/api/auth/get-session"],
      ["/api/v1/categories", "/api/v1/categories"],
      ["/api/v1/stances", "/api/v1/stances?date=2025-09-05"],
      ["/api/v1/stances", "/api/v1/stances?date=2025-13-01"],
      ["/api/v1/statements", `/api/v1/statements?country=${iso3}`],
      ["/api/v1/statements", "/api/v1/statements?country=ZZZ"],
      ["/api/v1/statements", "/api/v1/statements"],
      ["/api/v1/statements/{id}", `/api/v1/statements/${statementId}`],
      ["/api/v1/statements/{id}", "/api/v1/statements/999999999"],
      ["/api/v1/statements/{id}", "/api/v1/statements/x"],
      ["/api/v1/timeline", "/api/v1/timeline?from=2025-01-01&to=2026-01-31"],
      ["/api/v1/timeline", "/api/v1/timeline?from=2026-01-01&to=2025-01-01"],
      ["/api/v1/timeline/payload", "/api/v1/timeline/payload"],
      ["/api/v1/search", "/api/v1/search?q=Truppen"],
      ["/api/v1/search", "/api/v1/search?q=Truppen&limit=0"],
      ["/api/v1/citation", "/api/v1/citation?page=/&date=2026-01-06&official=1&known=2026-01-08T12:00:00Z"],
      ["/api/v1/citation", `/api/v1/citation?page=/countries/${iso3}&known=2026-01-08&format=csl`],
      ["/api/v1/citation", "/api/v1/citation?page=/elsewhere&known=2026-01-08"],
      ["/api/v1/citation", "/api/v1/citation?page=/countries/ZZZ&known=2026-01-08"],
      ["/api/v1/citations", "/api/v1/citations?date=2026-01-06&format=csv"],
      ["/api/v1/citations", "/api/v1/citations?date=2026-01-06&format=csl"],
      ["/api/v1/citations", "/api/v1/citations?date=2026-13-01"],
      ["/api/v1/export.csv", "/api/v1/export.csv"],
      ["/api/v1/datapackage.json", "/api/v1/datapackage.json"],
      ["/api/v1/openapi.json", "/api/v1/openapi.json"],
      ["/feed.atom", `/feed.atom?country=${iso3}`],
      ["/feed.atom", "/feed.atom?country=ZZZ"],
    ];
    const gets = Object.entries(doc.paths).filter(([, item]) => item.get).map(([p]) => p);
    expect(new Set(calls.map(([p]) => p)), "every described GET is called").toEqual(new Set(gets));
    for (const [path, url] of calls) await conforms("get", path, await get(url));
  });
});

describe("the write operations against the description", () => {
  writesWithEditorAccount();
  let cookie: string;
  beforeAll(async () => {
    cookie = await apiSignIn(e2eContext().baseURL, EDITOR);
  }, 60_000);
  const send = (method: string, path: string, body: unknown) => apiWrite(e2eContext().baseURL, cookie, method, path, body);

  it("record, edit, retract a statement; record and edit a source; refused bodies; signed out", async () => {
    const body = { country: "MLT", stated_on: "2025-10-03", stance: "undecided", quote: "OpenAPI test.", quote_language: "en", source_title: "OpenAPI test source", source_url: "https://example.org/openapi" };
    const created = await send("POST", "/api/v1/admin/statements", body);
    const { current } = (await created.clone().json()) as { current: { id: number } };
    await conforms("post", "/api/v1/admin/statements", created);
    await conforms("patch", "/api/v1/admin/statements/{id}", await send("PATCH", `/api/v1/admin/statements/${current.id}`, { ...body, quote: "Edited.", baseVersion: 1 }));
    await conforms("patch", "/api/v1/admin/statements/{id}", await send("PATCH", `/api/v1/admin/statements/${current.id}`, { ...body, baseVersion: 1 }));
    await conforms("post", "/api/v1/admin/statements/{id}/retract", await send("POST", `/api/v1/admin/statements/${current.id}/retract`, { reason: "test", baseVersion: 2 }));
    await conforms("post", "/api/v1/admin/statements", await send("POST", "/api/v1/admin/statements", { ...body, stance: "tanks" }));
    const source = await send("POST", "/api/v1/admin/sources", { title: "OpenAPI source", url: "https://example.org/openapi-source" });
    const { id: sourceId } = (await source.clone().json()) as { id?: number; current?: { id: number } } & Record<string, unknown>;
    await conforms("post", "/api/v1/admin/sources", source);
    if (sourceId !== undefined) await conforms("patch", "/api/v1/admin/sources/{id}", await send("PATCH", `/api/v1/admin/sources/${sourceId}`, { title: "OpenAPI source 2", baseVersion: 1 }));
    await conforms("post", "/api/v1/admin/import", await apiWrite(e2eContext().baseURL, cookie, "POST", "/api/v1/admin/import?dryRun=1", "country,stated_on,stance,source_title\nMLT,2025-10-04,naval,Import test\n", "text/csv"));
    const signedOut = await fetch(urlFor("/api/v1/admin/statements"), { method: "POST", headers: { "content-type": "application/json", origin: e2eContext().baseURL }, body: JSON.stringify(body) });
    await conforms("post", "/api/v1/admin/statements", signedOut);
  });
});

describe("/api", () => {
  const { newPage } = setupBrowser();
  it("lists every operation of the description, readable at 390 px, and the footer links it", async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(urlFor("/"));
    await page.locator("footer").getByRole("link", { name: "API", exact: true }).click();
    await page.waitForURL(/\/api$/);
    const shown = await page.getByTestId("api-operation").evaluateAll((els) => els.map((e) => `${e.getAttribute("data-method")} ${e.getAttribute("data-path")}`));
    const described = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
    expect(shown.sort()).toEqual(described.sort());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
