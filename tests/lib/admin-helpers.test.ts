import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/diff/json-diff";
import { safeNext } from "@/lib/http/safe-next";
import { echoValues, formValues } from "@/lib/validation/form-values";
import { parseEventForm, parseParticipants, slugify } from "@/db/events/validation";
import { mergeOutcomes } from "@/db/statements";
import { checkStatementImport } from "@/db/statements";

describe("diffSnapshots", () => {
  it("compares leaves by path and ignores bookkeeping", () => {
    expect(diffSnapshots({ a: 1, s: { t: "x" }, versionId: 1 }, { a: 1, s: { t: "y" }, versionId: 2, b: ["p", "q"] })).toEqual([
      { path: "s.t", before: "x", after: "y" },
      { path: "b", before: "", after: "p, q" },
    ]);
    expect(diffSnapshots(null, { a: "" })).toEqual([]);
  });
});

describe("safeNext", () => {
  it("follows admin paths only", () => {
    expect(safeNext("/admin/statements/new")).toBe("/admin/statements/new");
    expect(safeNext("/admin?x=1")).toBe("/admin?x=1");
    expect(safeNext("/admin")).toBe("/admin");
    for (const bad of ["//evil.example", "https://evil.example/admin", "/administrator", "/admin//evil", "/admin/\\evil", "/admin/login", null, ""]) {
      expect(safeNext(bad)).toBe("/admin");
    }
  });
});

describe("form values", () => {
  it("keeps repeated names as lists, skips React's fields and files, never echoes passwords", () => {
    const fd = new FormData();
    fd.append("contributions", "ground");
    fd.append("contributions", "air");
    fd.append("$ACTION_ID_abc", "");
    fd.append("password", "secret");
    fd.append("file", new Blob(["x"]), "a.csv");
    const values = formValues(fd);
    expect(values).toEqual({ contributions: ["ground", "air"], password: "secret" });
    expect(echoValues(values)).toEqual({ contributions: ["ground", "air"] });
  });
});

describe("event form", () => {
  it("resolves participants and makes a slug from name and date", () => {
    expect(parseParticipants("France, GBR; Germany (DEU)\nnowhere")).toEqual({ iso3s: ["DEU", "FRA", "GBR"], unknown: ["nowhere"] });
    expect(slugify("Sommet de Paris à l'Élysée", "2025-09-04")).toBe("sommet-de-paris-a-l-elysee-2025-09-04");
    const r = parseEventForm({ name: "Paris summit", held_on: "2025-09-04", participants: "FRA, GBR" });
    expect(r.ok && r.data).toMatchObject({ slug: "paris-summit-2025-09-04", participants: ["FRA", "GBR"], source: null });
  });

  it("reports every field's errors at once, including the citation's", () => {
    const r = parseEventForm({ name: "", held_on: "2025-13-01", participants: "Atlantis", slug: "Bad Slug", source_mode: "new", source_url: "javascript:x" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(["held_on", "name", "participants", "slug", "source_title", "source_url"]);
  });
});

describe("import preview", () => {
  it("gives every row an outcome in file order", () => {
    const csv = "country,stated_on,stance,source_title\nFRA,2026-01-05,troops,A\nNarnia,2026-01-05,troops,B\nDEU,2026-01,undecided,C\n";
    const checked = checkStatementImport(csv, "2026-06-01");
    if ("fileError" in checked) throw new Error(checked.fileError);
    const { rows, summary } = mergeOutcomes(checked.rows, [
      { line: 2, outcome: "new", statementId: 30 },
      { line: 4, outcome: "duplicate", statementId: 4 },
    ]);
    expect(rows.map((r) => [r.line, r.outcome, r.country])).toEqual([
      [2, "new", "FRA"],
      [3, "error", "Narnia"],
      [4, "duplicate", "DEU"],
    ]);
    expect(rows[1]!.errors).toEqual(["unknown country 'Narnia'"]);
    expect(summary).toEqual({ new: 1, duplicate: 1, error: 1 });
  });
});
