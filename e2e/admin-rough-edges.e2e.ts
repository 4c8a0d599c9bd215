/**
 * The rough edges an editor found in the admin (issue 17), in Chromium against the production
 * build: a new source typed without picking its option, the edit form's empty new-source fields,
 * the note after a save, labels instead of stored keys, a stale edit from the editor's own other
 * tab, and a retraction that needs confirming. Statements are for countries the seed has none for
 * (Cyprus, Albania, Malta); the database is restored afterwards.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";
import { EDITOR, currentVersion, readDb, signIn, statementIdOf, submitForm } from "./support/admin";
import { writesWithEditorAccount } from "./support/db-snapshot";
import { formatCsv } from "../lib/csv";
import { CSV_COLUMNS } from "../db/statements/csv";
import { seedFileRows } from "../tests/support/seed-file";

const { newPage } = setupBrowser();
writesWithEditorAccount();

// Keys the database stores that a reader never sees (stance and contribution keys, the CSV's list separator).
const STORED_KEYS = /support_only|training_only|air_policing|regional_presence|\w;\w/;

/** Fills "Record a statement" with a new source typed in, never touching the source radio buttons. */
async function recordWithTypedSource(page: Page, v: { country: string; stance: string; title: string; contributions?: string[] }) {
  await page.goto("/admin/statements/new");
  await page.locator("#f-country").fill(v.country);
  await page.locator("#f-stated_on").fill("2026-02-12");
  await page.locator("#f-stance").selectOption(v.stance);
  await page.locator("#f-quote").fill(`${v.title}: what was said.`);
  await page.locator("#f-quote_language").fill("en");
  for (const c of v.contributions ?? []) await page.locator(`input[name="contributions"][value="${c}"]`).check();
  await page.locator("#f-source_title").fill(v.title);
  await page.locator("#f-source_url").fill(`https://example.org/${encodeURIComponent(v.title)}`);
  await submitForm(page);
  await page.waitForURL(/\/statements\/\d+$/, { timeout: 30_000 });
  return statementIdOf(page.url());
}

const sourceTitleOf = (id: number) =>
  readDb((db) => (db.prepare("select so.title as t from statements s join sources so on so.id = s.source_id where s.statement_id = ? and s.superseded_at is null").get(id) as { t: string }).t);

describe("choosing a statement's source", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`records a new source typed in without picking "A new source" (JavaScript ${javaScriptEnabled ? "on" : "off"}); the edit form leaves its fields empty`, { timeout: 90_000 }, async () => {
      const page = await newPage({ javaScriptEnabled });
      await signIn(page, EDITOR);
      const title = `Typed source ${javaScriptEnabled ? "js" : "nojs"}`;
      const id = await recordWithTypedSource(page, { country: javaScriptEnabled ? "Cyprus (CYP)" : "Albania (ALB)", stance: "undecided", title });
      expect(sourceTitleOf(id)).toBe(title);

      await page.goto(`/admin/statements/${id}/edit`);
      for (const f of ["source_title", "source_publisher", "source_url", "source_published_on"]) expect(await page.locator(`#f-${f}`).inputValue()).toBe("");
      expect(await page.locator('input[name="source_mode"][value="existing"]').isChecked()).toBe(true);
      expect(await page.getByTestId("new-source-hint").innerText()).toMatch(/edit that source on its own page/);
      // Saving the edit as opened keeps the cited source (no stray copy of it as "new").
      await page.locator("#f-conditions").fill("after a ceasefire");
      await submitForm(page);
      await page.waitForURL(`**/statements/${id}`);
      expect(currentVersion(id)).toMatchObject({ version: 2, conditions: "after a ceasefire" });
      expect(sourceTitleOf(id)).toBe(title);
      expect(readDb((db) => (db.prepare("select count(*) as n from sources where title = ?").get(title) as { n: number }).n)).toBe(1);
    });
  }
});

describe("after a save", () => {
  it("the public page says which version was saved, once, with links back to the admin and to edit again; readers see no note", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await signIn(page, EDITOR);
    const id = await recordWithTypedSource(page, { country: "Malta (MLT)", stance: "undecided", title: "Saved-note source" });
    const note = page.getByTestId("saved-notice");
    expect(await note.innerText()).toMatch(/Saved: this is version 1\./);
    expect(await note.getByRole("link", { name: "Back to the statement in the admin" }).getAttribute("href")).toBe(`/admin/statements/${id}`);
    expect(await note.getByRole("link", { name: "Edit again" }).getAttribute("href")).toBe(`/admin/statements/${id}/edit`);

    await note.getByRole("link", { name: "Edit again" }).click();
    await page.waitForURL(`**/admin/statements/${id}/edit`);
    await page.locator("#f-speaker").fill("Foreign minister");
    await submitForm(page);
    await page.waitForURL(`**/statements/${id}`);
    expect(await page.getByTestId("saved-notice").innerText()).toMatch(/Saved: this is version 2\./);

    // Told once: a reload, and a reader's visit, show the page without it.
    await page.reload();
    await page.getByTestId("statement-page").waitFor();
    await page.waitForFunction(() => !document.cookie.includes("saved_version="));
    expect(await page.getByTestId("saved-notice").count()).toBe(0);
    const reader = await newPage();
    await reader.goto(`/statements/${id}`);
    await reader.getByTestId("statement-page").waitFor();
    expect(await reader.getByTestId("saved-notice").count()).toBe(0);
  });
});

describe("labels, not stored keys, and a stale edit from the editor's own other tab", () => {
  it("shows labels on the admin's statement and history pages and in the conflict table, says 'you, in another tab', once, and marks the differing fields", { timeout: 120_000 }, async () => {
    const first = await newPage();
    await signIn(first, EDITOR);
    const id = await recordWithTypedSource(first, { country: "Cyprus (CYP)", stance: "support_only", title: "Label source", contributions: ["training", "equipment", "regional_presence"] });

    const second = await first.context().newPage();
    await first.goto(`/admin/statements/${id}/edit`);
    await second.goto(`/admin/statements/${id}/edit`);
    await first.locator("#f-stance").selectOption("training_only");
    await submitForm(first);
    await first.waitForURL(`**/statements/${id}`);

    await second.locator("#f-conditions").fill("only with a mandate");
    await submitForm(second);
    const notice = second.locator("section.conflict");
    await notice.waitFor();
    expect(await notice.locator("h2").innerText()).toBe("Not saved: you saved a newer version in another tab or window");
    expect(await notice.innerText()).toMatch(/Version 2 was saved by you on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC after/);
    // Said once: the form's own status line does not repeat it.
    expect(await second.locator(".form-status").innerText()).toBe("");
    expect((await second.locator("main").innerText()).match(/saved a newer version/g)).toHaveLength(1);
    const differing = await notice.locator('tr[data-differs="true"] th').allInnerTexts();
    expect(differing.map((t) => t.replace(/\s*differs$/, ""))).toEqual(["Stance", "Conditions"]);
    expect(await notice.locator("tr:not([data-differs]) .differs-tag").count()).toBe(0);
    const stanceRow = notice.locator('tr[data-differs="true"]').first();
    expect(await stanceRow.innerText()).toMatch(/Training only\s+Support without deployment/);
    expect(await notice.innerText()).toContain("Training, Equipment, Regional presence");
    expect(await notice.innerText()).not.toMatch(STORED_KEYS);

    await first.goto(`/admin/statements/${id}`);
    const facts = first.locator('dl[aria-label="Current version"]');
    expect(await facts.innerText()).toContain("Training only");
    expect(await facts.innerText()).toContain("Training, Equipment, Regional presence");
    const history = first.getByTestId("version-history");
    expect(await history.locator('[data-field="stance"]').innerText()).toMatch(/Support without deployment\s+Training only/);
    expect(await first.locator("main").innerText()).not.toMatch(STORED_KEYS);

    await first.goto(`/admin/history?entity=statement&country=CYP`);
    const entry = first.locator(`tr[data-entity="statement"][data-entity-id="${id}"][data-action="edit"]`);
    await entry.locator("summary").click();
    const diff = await entry.locator("table.diff").innerText();
    expect(diff).toMatch(/Support without deployment\s+Training only/);
    expect(await first.locator("main").evaluate((m) => m.textContent ?? "")).not.toMatch(STORED_KEYS);
  });
});

describe("retracting", () => {
  it("needs the confirmation box ticked, in the browser and on the server", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await signIn(page, EDITOR);
    const id = await recordWithTypedSource(page, { country: "Albania (ALB)", stance: "refusal", title: "Retract-confirm source" });
    await page.goto(`/admin/statements/${id}`);
    await page.locator("#f-reason").fill("Misattributed");
    const confirm = page.locator('input[name="confirm"]');
    expect(await confirm.getAttribute("required")).not.toBeNull();
    // One click on the button alone: the browser refuses to submit the form.
    await page.getByRole("button", { name: "Retract this statement" }).click();
    expect(await confirm.evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
    expect(currentVersion(id).status).toBe("published");

    // A form posted without the box (the attribute stripped) is refused by the server, nothing written.
    await confirm.evaluate((el) => el.removeAttribute("required"));
    await page.getByRole("button", { name: "Retract this statement" }).click();
    await page.locator(".form-status.error").waitFor();
    expect(await page.locator(".form-status.error").innerText()).toMatch(/Nothing was retracted: tick the box/);
    expect(currentVersion(id)).toMatchObject({ version: 1, status: "published" });

    await page.locator("#f-reason").fill("Misattributed");
    await page.locator('input[name="confirm"]').check();
    await page.getByRole("button", { name: "Retract this statement" }).click();
    await page.waitForURL((url) => url.pathname === `/statements/${id}`);
    expect(currentVersion(id)).toMatchObject({ version: 2, status: "retracted" });
  });
});

describe("the CSV import's dry run", () => {
  const [seed] = seedFileRows();
  const cite = { source_title: seed!.source_title, source_publisher: seed!.source_publisher, source_url: seed!.source_url, source_published_on: seed!.source_published_on };
  const citingSeed = { country: "MLT", stated_on: "2026-01-20", stance: "undecided", quote: "Malta is considering it.", quote_language: "en", confidence: "medium", ...cite };
  const citingNew = { country: "CYP", stated_on: "2026-01-21", stance: "refusal", quote: "Cyprus will not send troops.", quote_language: "en", confidence: "medium", source_title: "A source nobody recorded", source_url: "https://example.org/nobody-recorded" };

  async function dryRun(page: Page, rows: Partial<Record<string, string>>[]) {
    await page.goto("/admin/import");
    await page.locator("#f-file").setInputFiles({ name: "statements.csv", mimeType: "text/csv", buffer: Buffer.from(formatCsv(rows, CSV_COLUMNS)) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await page.locator("table.import-outcomes").waitFor();
  }

  it("shows each row's quote and whether its source is matched or created, keeps dates on one line, and offers no import of nothing", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await signIn(page, EDITOR);
    const seedSourceId = readDb((db) => (db.prepare("select s.source_id as id from statements s join sources so on so.id = s.source_id where so.title = ? limit 1").get(seed!.source_title) as { id: number }).id);

    await dryRun(page, [seed!, citingSeed, citingNew]);
    const line = (n: number) => page.locator(`table.import-outcomes tr[data-line="${n}"]`);
    expect(await line(2).getAttribute("data-outcome")).toBe("duplicate");
    expect(await line(3).getAttribute("data-outcome")).toBe("new");
    expect(await line(3).innerText()).toContain("Malta is considering it.");
    expect(await line(3).getByTestId("import-source").innerText()).toBe(`${seed!.source_title} (matches source #${seedSourceId})`);
    expect(await line(4).getByTestId("import-source").innerText()).toBe("A source nobody recorded (new source, will be created)");
    expect(await line(2).innerText()).toContain(`matches source #${seedSourceId}`);
    // Each date on one line, whatever the column's width.
    const dates = page.locator("table.import-outcomes td.date");
    expect(await dates.count()).toBe(3);
    expect(await dates.evaluateAll((tds) => tds.map((td) => getComputedStyle(td).whiteSpace))).toEqual(["nowrap", "nowrap", "nowrap"]);
    expect(await page.getByRole("button", { name: "Import 2 new statements" }).count()).toBe(1);

    // A file of duplicates only: no "Import 0 new statements", a plain notice instead.
    await dryRun(page, [seed!]);
    expect(await page.getByRole("button", { name: /^Import / }).count()).toBe(0);
    expect(await page.getByTestId("nothing-to-import").innerText()).toBe("Nothing to import: every valid row is already recorded.");
    expect(readDb((db) => (db.prepare("select count(*) as n from sources where title = 'A source nobody recorded'").get() as { n: number }).n)).toBe(0);
  });
});

describe("a dashboard date in the future", () => {
  it("says the date is in the future and shows today's positions", { timeout: 60_000 }, async () => {
    const page = await newPage();
    const today = new Date().toISOString().slice(0, 10);
    for (const date of [`${Number(today.slice(0, 4)) + 4}-01-01`, `${Number(today.slice(0, 4)) + 1}-01-01`]) {
      await page.goto(`/?view=table&date=${date}`);
      await page.locator("tr[data-iso3][data-stance]").first().waitFor();
      expect(await page.locator(".notices").innerText()).toMatch(/ is in the future: this shows the positions as recorded today \(.+\); they may change before then\./);
    }
    // Today and the past get no such notice.
    for (const date of [today, `${Number(today.slice(0, 4)) - 1}-01-06`]) {
      await page.goto(`/?view=table&date=${date}`);
      await page.locator(".stance-table").first().waitFor(); // a year before may have no rows at all
      expect(await page.locator(".notices").count()).toBe(0);
    }
  });
});
