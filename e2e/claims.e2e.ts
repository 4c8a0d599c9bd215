/**
 * Claims an analyst can weigh, end to end in Chromium against the production build: an editor
 * records a statement with every claim field through the form (translation, speaker role,
 * commitment, size, condition keys), and it shows on the statement and country pages, the
 * dashboard's panel and table, and in the JSON API; the CSV export re-imports as duplicates and
 * exports identically; the seed's German quotes show their English translations; the map's hover
 * and the panel cite the same statement and the same "unchanged since" date.
 * The statement is for the Netherlands (no seed statement); the database is restored afterwards.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";
import { EDITOR, poll, signIn, statementIdOf, submitForm } from "./support/admin";
import { apiSignIn, apiWrite } from "../scripts/support/api-session";
import { e2eContext, urlFor } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";

const { newPage } = setupBrowser();
writesWithEditorAccount();

const CLAIM = {
  quote: "Wij zijn bereid enkele honderden militairen te sturen.",
  translation: "We are prepared to send a few hundred soldiers.",
  speaker: "Dick Schoof",
  size: "a few hundred soldiers",
  conditions: "only with a US backstop, after a ceasefire",
};

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(urlFor(path));
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** Checks every claim field as a page shows it inside `scope`. */
async function expectClaimShown(page: Page, scope: string) {
  const root = page.locator(scope);
  await root.locator(".quote-translation").first().waitFor();
  expect(await root.locator('.quote[lang="nl"]').first().innerText()).toBe(CLAIM.quote);
  expect(await root.locator(".quote-language").first().innerText()).toContain("Dutch");
  const translation = root.locator(".quote-translation").first();
  expect(await translation.getAttribute("lang")).toBe("en");
  expect(await translation.innerText()).toBe(`Translation (tracker's editors): ${CLAIM.translation}`);
  expect(await root.locator('.commitment-badge[data-commitment="approved"]').first().textContent()).toBe("Commitment: approved");
  expect(await root.locator(".claim-speaker").first().innerText()).toContain(`${CLAIM.speaker}, head of state or government`);
  expect(await root.locator(".claim-size").first().innerText()).toBe(`Size: ${CLAIM.size}; 200–500 stated`);
  expect(await root.locator(".claim-conditions").first().locator(".condition-chip").allInnerTexts()).toEqual(["ceasefire", "US backstop"]);
  expect(await root.locator(".claim-conditions").first().innerText()).toContain(CLAIM.conditions);
  expect(await root.locator(".claim-confidence").first().innerText()).toContain("Confidence: high");
}

describe("claim fields", () => {
  let id = 0;

  it("records a statement with every claim field through the form and shows them on the public pages", { timeout: 120_000 }, async () => {
    const page = await newPage();
    await signIn(page, EDITOR, "/admin/statements/new");
    await page.locator("#f-country").fill("Netherlands (NLD)");
    await page.locator("#f-stated_on").fill("2026-02-10");
    await page.locator("#f-speaker").fill(CLAIM.speaker);
    await page.locator("#f-speaker_role").selectOption("head_of_state_or_government");
    await page.locator("#f-stance").selectOption("troops");
    await page.locator("#f-commitment").selectOption("approved");
    await page.locator('input[name="contributions"][value="ground"]').check();
    await page.locator("#f-size_text").fill(CLAIM.size);
    await page.locator("#f-troops_min").fill("200");
    await page.locator("#f-troops_max").fill("500");
    await page.locator("#f-conditions").fill(CLAIM.conditions);
    await page.locator('input[name="condition_keys"][value="us_backstop"]').check();
    await page.locator('input[name="condition_keys"][value="ceasefire"]').check();
    await page.locator("#f-quote").fill(CLAIM.quote);
    await page.locator("#f-quote_language").fill("nl");
    await page.locator("#f-quote_translation").fill(CLAIM.translation);
    await page.locator("#f-translation_by").selectOption("editor");
    await page.locator('input[name="source_mode"][value="new"]').check();
    await page.locator("#f-source_title").fill("Kamerbrief over de coalitie");
    await page.locator("#f-confidence").selectOption("high");
    await submitForm(page);
    await page.waitForURL(/\/statements\/\d+$/, { timeout: 30_000 });
    id = statementIdOf(page.url());

    await expectClaimShown(page, "main");

    await page.goto("/countries/NLD");
    await expectClaimShown(page, "main");

    await page.goto("/?view=table&date=2026-02-10");
    // The master table shows the claim's columns (the quote is in the panel and on the country's page).
    const row = page.locator('tr[data-iso3="NLD"][data-stance="troops"]');
    await row.waitFor();
    expect(await row.locator('.commitment-badge[data-commitment="approved"]').textContent()).toBe("Commitment: approved");
    expect(await row.locator('td[data-column="speaker"]').innerText()).toBe(`${CLAIM.speaker}, head of state or government`);
    expect(await row.locator('td[data-column="size"]').innerText()).toBe(`${CLAIM.size}; 200–500 stated`);
    expect(await row.locator('td[data-column="conditions"] .condition-chip').allInnerTexts()).toEqual(["ceasefire", "US backstop"]);
    expect(await row.locator('td[data-column="conditions"]').innerText()).toContain(CLAIM.conditions);

    await page.goto("/?country=NLD&date=2026-02-10");
    await expectClaimShown(page, "aside.country-panel .statement-summary >> nth=0");
  });

  it("answers the claim fields and the confidence in GET /api/v1/stances and /api/v1/statements/{id}", async () => {
    expect(id).toBeGreaterThan(0);
    const expected = {
      statementId: id,
      quote: CLAIM.quote,
      quoteLanguage: "nl",
      quoteTranslation: CLAIM.translation,
      translationBy: "editor",
      speaker: CLAIM.speaker,
      speakerRole: "head_of_state_or_government",
      commitment: "approved",
      sizeText: CLAIM.size,
      troopsMin: 200,
      troopsMax: 500,
      conditions: CLAIM.conditions,
      conditionKeys: ["ceasefire", "us_backstop"],
      confidence: "high",
    };
    const stances = await getJson<{ countries: Record<string, unknown>[] }>("/api/v1/stances?date=2026-02-10");
    expect(stances.countries.find((c) => c.iso3 === "NLD")).toMatchObject(expected);
    const one = await getJson<{ current: Record<string, unknown> }>(`/api/v1/statements/${id}`);
    expect(one.current).toMatchObject({ ...Object.fromEntries(Object.entries(expected).filter(([k]) => k !== "statementId")), id });
  });

  it("exports the statement with every column; re-importing the export is all duplicates and the export stays identical", async () => {
    const exportCsv = async () => {
      const res = await fetch(urlFor("/api/v1/export.csv"));
      expect(res.status).toBe(200);
      return res.text();
    };
    const first = await exportCsv();
    const header = first.split("\n")[0]!.split(",");
    for (const c of ["quote_translation", "translation_by", "speaker_role", "commitment", "size_text", "troops_min", "troops_max", "condition_keys"]) expect(header).toContain(c);
    // The statement this file recorded (the seed has Dutch statements of its own, on other days).
    const line = first.split("\n").find((l) => l.startsWith("NLD,2026-02-10,"));
    expect(line).toBeDefined();
    for (const cell of ["approved", CLAIM.size, "200", "500", "ceasefire;us_backstop", CLAIM.translation, "editor", "head_of_state_or_government"]) expect(line).toContain(cell);

    const cookie = await apiSignIn(e2eContext().baseURL, EDITOR);
    const res = await apiWrite(e2eContext().baseURL, cookie, "POST", "/api/v1/admin/import?dryRun=1", first, "text/csv");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: { outcome: string }[]; summary: { new: number; duplicate: number; error: number } };
    expect(body.summary).toEqual({ new: 0, duplicate: body.rows.length, error: 0 });
    expect(await exportCsv()).toBe(first);
  });

  it("shows the seed's German quotes with the editors' English translations in the dashboard's panel and table", { timeout: 60_000 }, async () => {
    const page = await newPage();
    // On 5 Sep 2025 the seed articles' German statements decide Germany and Denmark (the cited
    // dataset's English ones decide most other countries).
    await page.goto("/?view=table&date=2025-09-05");
    const deu = page.locator('tr[data-iso3="DEU"]');
    await deu.waitFor();
    expect(await deu.locator('.quote[lang="de"]').innerText()).toContain("Ausrüstung der ukrainischen Streitkräfte");
    expect(await deu.locator(".quote-language").innerText()).toContain("German");
    expect(await deu.locator(".quote-translation").innerText()).toBe("Translation (tracker's editors): Germany, by contrast, is focusing on equipping the Ukrainian armed forces");
    expect(await page.locator('tr[data-iso3="DNK"] .quote-translation').innerText()).toContain("Denmark, Estonia and Lithuania have already signalled");
    // Every German quote in the table has its translation, and no English one gets one.
    const quotes = await page.locator('tr[data-iso3] .quote[lang="de"]').count();
    expect(quotes).toBeGreaterThan(1);
    expect(await page.locator('tr[data-iso3] .quote-translation[data-translation-by="editor"]').count()).toBe(quotes);

    await page.goto("/?country=DEU&date=2025-08-31");
    const panel = page.locator("aside.country-panel");
    await panel.locator(".quote-translation").first().waitFor();
    expect(await panel.locator('.quote[lang="de"]').first().innerText()).toContain("keine konkreten Pläne");
    expect(await panel.locator(".quote-translation").first().innerText()).toBe("Translation (tracker's editors): stresses that Germany has no concrete plans yet for a military deployment");
    expect(await panel.locator(".claim-speaker").first().innerText()).toContain("Friedrich Merz, head of state or government");
  });

  it("cites the same statement in the map's hover and the panel, and the same 'unchanged since' date", { timeout: 60_000 }, async () => {
    const page = await newPage();
    // France: troops since 26 Mar 2025 (the cited dataset), restated on 4 Sep 2025 and 6 Jan 2026 (the statement in force).
    await page.goto("/?date=2026-02-01&country=FRA");
    const since = page.locator("aside.country-panel .unchanged-since");
    await since.waitFor();
    expect(await since.getAttribute("data-since")).toBe("2025-03-26");
    const panelStatement = await since.getAttribute("data-statement-id");
    expect(await page.locator("aside.country-panel .statement-summary").first().innerText()).toContain("declaration of intent");

    await page.locator("path[data-iso3][data-stance]").first().waitFor({ state: "attached" });
    await page.locator('path[data-iso3="FRA"]').hover();
    const tooltip = page.locator(".country-tooltip [data-statement-id]");
    await tooltip.waitFor();
    await poll(() => tooltip.getAttribute("data-statement-id")).toBe(panelStatement);
    expect(await tooltip.innerText()).toMatch(/Statement of 6 Jan 2026[\s\S]*Unchanged since 26 Mar 2025/);
  });
});
