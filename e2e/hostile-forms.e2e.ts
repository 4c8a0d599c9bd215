/**
 * Hostile input through the editor's statement form in the browser: a `javascript:` source address
 * and a control character are refused next to their fields with nothing written and what was typed
 * kept; once fixed, markup in every text field is saved exactly and the statement's page shows it
 * as text, with no dialog and no injected script or handler running. The database is put back as
 * it was afterwards.
 */
import { describe, expect, it } from "vitest";
import { INERT_TEXT } from "../tests/support/hostile-input";
import { EDITOR, dataChecksum, poll, readDb, signIn, statementIdOf, submitForm } from "./support/admin";
import { setupBrowser } from "./support/browser";
import { writesWithEditorAccount } from "./support/db-snapshot";

const { newPage } = setupBrowser();
const SCRIPT = INERT_TEXT["script tag"]!;
const IMG = INERT_TEXT["img onerror"]!;
const BREAKOUT = INERT_TEXT["attribute breakout"]!;
const CLOSING = INERT_TEXT["closing tags"]!;

writesWithEditorAccount();

describe("the statement form with hostile input", () => {
  it("refuses bad values next to their fields, then saves markup as inert text", { timeout: 120_000 }, async () => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signIn(page, EDITOR, "/admin/statements/new");
    await page.locator("#f-country").fill("Latvia (LVA)");
    await page.locator("#f-stated_on").fill("2025-09-22");
    await page.locator("#f-stance").selectOption("naval");
    await page.locator("#f-quote").fill(SCRIPT);
    await page.locator("#f-speaker").fill(BREAKOUT);
    await page.locator("#f-conditions").fill(CLOSING);
    await page.locator("#f-note").fill(`${IMG}\u0007`);
    await page.locator('input[name="source_mode"][value="new"]').check();
    await page.locator("#f-source_title").fill(SCRIPT);
    await page.locator("#f-source_publisher").fill(IMG);
    await page.locator("#f-source_url").fill("javascript:window.__pwned='href'");

    const before = await dataChecksum();
    await submitForm(page);
    await poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#f-source_url").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#f-note").getAttribute("aria-invalid")).toBe("true");
    const errors = await page.locator(".field-error").allInnerTexts();
    expect(errors.join("\n")).toMatch(/source_url.*not an http\(s\) URL|http\(s\)/i);
    expect(errors.join("\n")).toMatch(/control character \(U\+0007\)/);
    expect(await page.locator("#f-quote").inputValue()).toBe(SCRIPT);
    expect(await dataChecksum()).toBe(before);

    await page.locator("#f-source_url").fill("https://example.org/?q=<b>odd</b>");
    await page.locator("#f-note").fill(IMG);
    await submitForm(page);
    await page.waitForURL(/\/statements\/\d+$/, { timeout: 30_000 });
    const id = statementIdOf(page.url());
    const stored = readDb((db) =>
      db
        .prepare(
          `select s.quote, s.speaker, s.conditions, s.note, src.title, src.publisher, src.url
           from statements s join sources src on src.id = s.source_id where s.statement_id = ? and s.superseded_at is null`,
        )
        .get(id),
    );
    expect(stored).toEqual({
      quote: SCRIPT,
      speaker: BREAKOUT,
      conditions: CLOSING,
      note: IMG,
      title: SCRIPT,
      publisher: IMG,
      url: "https://example.org/?q=<b>odd</b>",
    });

    await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("_reactListening")));
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      handlers: [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name)),
      links: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href).filter((h) => !/^https?:/.test(h)),
      text: document.body.innerText,
    }));
    expect(found.pwned).toBeNull();
    expect(found.handlers).toEqual([]);
    expect(found.links).toEqual([]);
    expect(found.text).toContain(SCRIPT);
    expect(found.text).toContain(BREAKOUT);
    expect(dialogs).toEqual([]);
  });
});
