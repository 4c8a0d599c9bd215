/**
 * The editors' side in a real browser against the production build: signing in, recording,
 * editing and retracting a statement and seeing each step on the public pages, two editors saving
 * the same statement, refused input, the CSV import's dry run and confirmation, and accounts.
 * Everything it adds is for countries the seed has no statement for (Malta, Cyprus; Norway and
 * Austria where nothing depends on their seed statements), so the other specs' expectations about the seed data still hold.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { setupBrowser } from "./support/browser";
import { restoresSharedDatabase } from "./support/db-snapshot";
import {
  ADMIN,
  EDITOR,
  createAccount,
  currentVersion,
  dataChecksum,
  ownClientAddress,
  poll,
  readDb,
  signIn,
  statementIdOf,
  submitForm,
  submitSignIn,
} from "./support/admin";

const { newPage } = setupBrowser();
// What it records (Malta, Cyprus, ...) is put back afterwards: the feed and other specs count the seed.
restoresSharedDatabase();

beforeAll(() => {
  createAccount(ADMIN, "admin");
  createAccount(EDITOR, "editor");
}, 240_000);

function row(page: Page, iso3: string, stance?: string) {
  return page.locator(`tr[data-iso3="${iso3}"][data-stance${stance ? `="${stance}"` : ""}]`);
}

/** The dashboard's table view as of `date` (server-rendered, so its rows are there on load). */
async function asOf(page: Page, date: string) {
  const res = await page.goto(`/?view=table&date=${date}`);
  expect(res?.status()).toBe(200);
  await page.locator("tr[data-iso3][data-stance]").first().waitFor();
}

/** Fills the statement form with a new source; returns once submitted. */
async function recordStatement(page: Page, v: { country: string; statedOn: string; stance: string; quote: string; sourceTitle: string }) {
  await page.goto("/admin/statements/new");
  await page.locator("#f-country").fill(v.country);
  await page.locator("#f-stated_on").fill(v.statedOn);
  await page.locator("#f-stance").selectOption(v.stance);
  await page.locator("#f-quote").fill(v.quote);
  await page.locator("#f-quote_language").fill("en");
  await page.locator('input[name="source_mode"][value="new"]').check();
  await page.locator("#f-source_title").fill(v.sourceTitle);
  await page.locator("#f-source_url").fill(`https://example.org/${encodeURIComponent(v.sourceTitle)}`);
  await submitForm(page);
  await page.waitForURL(/\/statements\/\d+$/);
  return statementIdOf(page.url());
}

describe("recording, editing and retracting a statement", () => {
  it("signs in (after a wrong password), records a statement, edits it to a second version, retracts it", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await ownClientAddress(page);
    await page.goto("/admin/statements/new");
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await submitSignIn(page, ADMIN.email, "not the password at all");
    await poll(() => page.locator(".form-status").innerText()).toBe("Wrong email or password.");
    expect(await page.locator("#f-email").inputValue()).toBe(ADMIN.email);
    await submitSignIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL("**/admin/statements/new");

    await asOf(page, "2026-02-10");
    expect(await row(page, "MLT").count()).toBe(0);

    const id = await recordStatement(page, {
      country: "Malta (MLT)",
      statedOn: "2026-02-10",
      stance: "support_only",
      quote: "Malta will support the force with funding.",
      sourceTitle: "Malta statement",
    });
    expect(await page.getByTestId("statement-page").getAttribute("data-status")).toBe("published");
    await asOf(page, "2026-02-10");
    expect(await row(page, "MLT", "support_only").count()).toBe(1);
    await asOf(page, "2026-02-09");
    expect(await row(page, "MLT").count()).toBe(0);

    await page.goto(`/admin/statements/${id}/edit`);
    await page.locator("#f-stance").selectOption("training_only");
    await page.locator("#f-change_reason").fill("The ministry clarified: trainers only");
    await submitForm(page);
    await page.waitForURL(`**/statements/${id}`);
    expect(await page.locator('[data-testid="version-history"] > li').count()).toBe(2);
    expect(await page.locator('[data-testid="version-history"] [data-field="stance"]').innerText()).toMatch(/Support without deployment\s+Training only/);
    await asOf(page, "2026-02-10");
    expect(await row(page, "MLT", "training_only").count()).toBe(1);
    expect(await row(page, "MLT", "support_only").count()).toBe(0);

    await page.goto(`/admin/statements/${id}`);
    await page.locator("#f-reason").fill("Misattributed: it was a party statement");
    await page.locator('input[name="confirm"]').check();
    await page.getByRole("button", { name: "Retract this statement" }).click();
    await page.waitForURL(`**/statements/${id}`);
    expect(await page.getByTestId("statement-page").getAttribute("data-status")).toBe("retracted");
    expect(await page.locator('[data-testid="version-history"] > li').count()).toBe(3);
    await asOf(page, "2026-02-10");
    expect(await row(page, "MLT").count()).toBe(0);

    const versions = readDb((db) => db.prepare("select version, status, recorded_by as by from statements where statement_id = ? order by version").all(id));
    expect(versions).toEqual([
      { version: 1, status: "published", by: ADMIN.email },
      { version: 2, status: "published", by: ADMIN.email },
      { version: 3, status: "retracted", by: ADMIN.email },
    ]);
    await page.goto("/admin/history?country=MLT");
    const actions = await page.locator(`tr[data-entity="statement"][data-entity-id="${id}"]`).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    expect(actions).toEqual(["retract", "edit", "create"]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/login");
    expect(await page.getByText("You are signed out.").count()).toBe(1);
    await page.goto("/admin/history");
    expect(new URL(page.url()).pathname).toBe("/admin/login");
  });
});

describe("two editors saving the same statement", () => {
  it("refuses the later save from a stale version, shows the newer one, and loses nothing", { timeout: 90_000 }, async () => {
    const first = await newPage();
    await signIn(first, ADMIN);
    const id = await recordStatement(first, {
      country: "NOR",
      statedOn: "2026-01-20",
      stance: "undecided",
      quote: "Norway is considering it.",
      sourceTitle: "Norway statement",
    });
    const second = await newPage();
    await signIn(second, EDITOR);
    await first.goto(`/admin/statements/${id}/edit`);
    await second.goto(`/admin/statements/${id}/edit`);

    await first.locator("#f-quote").fill("Norway will send naval assets.");
    await first.locator("#f-stance").selectOption("naval");
    await submitForm(first);
    await first.waitForURL(`**/statements/${id}`);

    await second.locator("#f-conditions").fill("Only with a UN mandate");
    await submitForm(second);
    const notice = second.locator("section.conflict");
    await notice.waitFor();
    const adminShownAs = readDb((db) => (db.prepare("select display_name as n from users where email = ?").get(ADMIN.email) as { n: string }).n);
    expect(await notice.innerText()).toContain(`Version 2 was saved by ${adminShownAs}`);
    const changedRows = (await notice.locator("tr.changed th").allInnerTexts()).map((t) => t.replace(/\s*differs$/, ""));
    expect(changedRows).toEqual(expect.arrayContaining(["Stance", "Quote", "Conditions"]));
    expect(await notice.locator("h2").innerText()).toMatch(/^Not saved: .+ saved a newer version$/);
    expect(await second.locator("#f-conditions").inputValue()).toBe("Only with a UN mandate");
    expect(currentVersion(id)).toMatchObject({ version: 2, stance: "naval", quote: "Norway will send naval assets.", conditions: null, recorded_by: ADMIN.email });

    // Saving anyway, knowingly, makes a third version; the first editor's stays in the history.
    await second.getByRole("button", { name: "Save mine as the next version anyway" }).click();
    await second.waitForURL(`**/statements/${id}`);
    expect(currentVersion(id)).toMatchObject({ version: 3, conditions: "Only with a UN mandate", recorded_by: EDITOR.email });
    const v2 = readDb((db) => db.prepare("select quote from statements where statement_id = ? and version = 2").get(id));
    expect(v2).toEqual({ quote: "Norway will send naval assets." });
  });
});

describe("refused input", () => {
  it("shows each problem next to its field, keeps what was typed, and writes nothing", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await signIn(page, EDITOR);
    const before = await dataChecksum();
    await page.goto("/admin/statements/new");
    await page.locator("#f-country").fill("Narnia");
    await page.locator("#f-stated_on").fill("05/03/2026");
    await page.locator("#f-stance").selectOption("troops");
    await page.locator("#f-quote").fill("x".repeat(100_000));
    await page.locator('input[name="source_mode"][value="new"]').check();
    await page.locator("#f-source_url").fill("javascript:alert(document.cookie)");
    await submitForm(page);
    await page.locator(".form-status.error").waitFor();
    const error = (field: string) => page.locator(`#f-${field}-error`).innerText();
    expect(await error("country")).toBe("unknown country 'Narnia'");
    expect(await error("stated_on")).toBe("stated_on '05/03/2026' is not a date (YYYY-MM-DD or YYYY-MM)");
    expect(await error("quote")).toBe("quote is 100000 characters long (max 1000)");
    expect(await error("source_title")).toBe("source_title is required");
    expect(await error("source_url")).toBe("source_url 'javascript:alert(document.cookie)' is not an http(s) URL");
    expect(await page.locator("#f-country").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#f-country").inputValue()).toBe("Narnia");
    expect(await page.locator("#f-stance").inputValue()).toBe("troops");

    await page.locator('input[name="source_mode"][value="existing"]').check();
    await submitForm(page);
    await poll(() => error("source_id")).toBe("source is required: pick one from the list, or add a new one");
    expect(await dataChecksum()).toBe(before);
  });
});

describe("CSV import in the browser", () => {
  // The seed's own header (every column, the claim fields included) and its first row.
  const [header, seedRow] = fs.readFileSync("db/seed/statements.csv", "utf8").split("\n") as [string, string];
  const line = (r: Record<string, string>) => header.split(",").map((c) => r[c] ?? "").join(",");
  const irish = line({
    country: "CYP",
    stated_on: "2026-01-12",
    stance: "support_only",
    contributions: "financing",
    source_title: "Cypriot government statement",
    source_publisher: "Cyprus Mail",
    source_url: "https://example.org/cyp",
    source_published_on: "2026-01-12",
    confidence: "high",
  });
  const bad = line({ country: "Atlantis", stated_on: "2026-01-12", stance: "troops", source_title: "Atlantis statement" });

  async function dryRun(page: Page, lines: string[]) {
    await page.locator("#f-file").setInputFiles({ name: "statements.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\n") + "\n") });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await page.locator("table.import-outcomes").waitFor();
    return page.locator("table.import-outcomes tbody tr").evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-line"), r.getAttribute("data-outcome")]));
  }

  it("shows every row's outcome in a dry run, then imports all valid rows on confirmation", { timeout: 90_000 }, async () => {
    const page = await newPage();
    await signIn(page, EDITOR);
    await page.goto("/admin/import");
    const before = await dataChecksum();
    expect(await dryRun(page, [irish, seedRow, bad])).toEqual([
      ["2", "new"],
      ["3", "duplicate"],
      ["4", "error"],
    ]);
    expect(await page.locator('tr[data-line="4"]').innerText()).toContain("unknown country 'Atlantis'");
    expect(await page.getByRole("button", { name: /^Import / }).count()).toBe(0);
    expect(await dataChecksum()).toBe(before);

    await page.goto("/admin/import");
    expect(await dryRun(page, [irish, seedRow])).toEqual([
      ["2", "new"],
      ["3", "duplicate"],
    ]);
    await page.getByRole("button", { name: "Import 1 new statement" }).click();
    await poll(() => page.locator(".form-status").innerText()).toMatch(/^Imported 1 new statement from statements.csv; 1 duplicate skipped/);
    const audit = readDb((db) => db.prepare("select actor, action from audit_log where country_iso3 = 'CYP' and entity = 'statement'").all());
    expect(audit).toEqual([{ actor: EDITOR.email, action: "import" }]);
    await asOf(page, "2026-01-12");
    expect(await row(page, "CYP", "support_only").count()).toBe(1);
  });
});

describe("accounts", () => {
  it("lets an admin create an editor, keeps editors out of account management, and disables accounts", { timeout: 90_000 }, async () => {
    const admin = await newPage();
    await signIn(admin, ADMIN, "/admin/users");
    const account = { email: "new.editor@e2e.example.org", password: "a long new password" };
    await admin.locator("#f-email").fill(account.email);
    await admin.locator("#f-password").fill(account.password);
    await admin.getByRole("button", { name: "Create account" }).click();
    await poll(() => admin.locator("form.admin-form .form-status").innerText()).toMatch(/created as editor/);
    await admin.locator(`tr[data-email="${account.email}"]`).waitFor();

    const editor = await newPage();
    await signIn(editor, account);
    await editor.goto("/admin/users");
    expect(new URL(editor.url()).searchParams.get("notice")).toBe("admins-only");
    expect(await editor.getByText("Only admins can manage accounts.").count()).toBe(1);

    await admin.reload();
    await admin.locator(`tr[data-email="${account.email}"]`).getByRole("button", { name: "Disable account" }).click();
    await poll(() => admin.locator(`tr[data-email="${account.email}"]`).innerText()).toMatch(/disabled/);
    await editor.goto("/admin");
    expect(new URL(editor.url()).pathname).toBe("/admin/login");
    await submitSignIn(editor, account.email, account.password);
    await poll(() => editor.locator(".form-status").innerText()).toBe("This account has been disabled. Ask an admin.");
  });
});
