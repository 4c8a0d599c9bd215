/**
 * The Frictionless data package (GET /api/v1/datapackage.json) against the real export it describes:
 * every column of the export described in order with a type, a description and constraints, and
 * every cell of the served export valid against that Table Schema (e2e/support/table-schema.ts).
 */
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "@/db/statements/fields";
import { urlFor } from "./support/context";
import { readCsvFile } from "./support/seed-expect";
import { tableProblems, type SchemaField } from "./support/table-schema";

type Package = {
  profile: string;
  name: string;
  citation: string;
  licenses: { name: string; path: string; title: string }[];
  resources: { name: string; path: string; format: string; encoding: string; dialect: Record<string, unknown>; schema: { fields: (SchemaField & { description: string; title: string })[]; missingValues: string[] } }[];
};

async function get(pathAndQuery: string): Promise<Response> {
  const res = await fetch(urlFor(pathAndQuery), { signal: AbortSignal.timeout(15_000) });
  expect(res.status, pathAndQuery).toBe(200);
  return res;
}

describe("GET /api/v1/datapackage.json", () => {
  it("describes every column of the export, in order, each typed and described", async () => {
    const res = await get("/api/v1/datapackage.json");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("etag")).toBeTruthy();
    const pkg = (await res.json()) as Package;
    expect(pkg).toMatchObject({ profile: "tabular-data-package", name: expect.stringMatching(/^[a-z0-9._-]+$/) });
    expect(pkg.citation).toMatch(/export\.csv/);
    // A licence a loader can read (an SPDX name and the licence's address), the one the methodology names.
    expect(pkg.licenses).toEqual([{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0 International", path: "https://creativecommons.org/licenses/by/4.0/" }]);
    const [resource] = pkg.resources;
    expect(pkg.resources).toHaveLength(1);
    expect(new URL(resource!.path).pathname).toBe("/api/v1/export.csv");
    expect(resource).toMatchObject({ format: "csv", encoding: "utf-8", dialect: { header: true, delimiter: "," } });
    const fields = resource!.schema.fields;
    expect(fields.map((f) => f.name)).toEqual(CSV_COLUMNS);
    for (const f of fields) {
      expect(["string", "integer", "date", "array"], f.name).toContain(f.type);
      expect(f.description.length, f.name).toBeGreaterThan(10);
    }
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get("stance")?.constraints).toMatchObject({ required: true, enum: ["troops", "air_policing", "naval", "training_only", "support_only", "undecided", "refusal"] });
    expect(byName.get("troops_min")).toMatchObject({ type: "integer", constraints: { minimum: 0 } });
    expect(byName.get("source_published_on")).toMatchObject({ type: "date" });
    expect(byName.get("commitment")?.constraints?.enum).toEqual(["floated", "willing", "pledged", "approved", "deployed"]);
  });

  it("the served export loads typed: every cell of every row fits the package's schema, and the check catches a misfit", async () => {
    const pkg = (await (await get("/api/v1/datapackage.json")).json()) as Package;
    const { fields, missingValues } = pkg.resources[0]!.schema;
    const csv = await (await get(new URL(pkg.resources[0]!.path).pathname)).text();
    const rows = readCsvFile(csv);
    expect(rows.length).toBeGreaterThan(0);
    expect(csv.slice(0, csv.indexOf("\n")).split(",")).toEqual(fields.map((f) => f.name));
    expect(tableProblems(fields, missingValues, rows)).toEqual([]);
    // The same check fails on values outside the schema (so the empty list above means something).
    const first = rows[0]!;
    const misfits: [string, string][] = [["stance", "tanks"], ["troops_min", "-5"], ["troops_max", "1.5"], ["source_published_on", "2025-02-30"], ["country", "fr"], ["stated_on", "2025/09/04"], ["more_sources", "{}"], ["confidence", ""], ["contributions", "ground;;air"]];
    for (const [column, value] of misfits) expect(tableProblems(fields, missingValues, [{ ...first, [column]: value }]), `${column}=${value}`).not.toEqual([]);
  });
});
