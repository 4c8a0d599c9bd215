import { describe, expect, it } from "vitest";
import { getCountry, listAllCountries, resolveCountry } from "@/lib/countries";

describe("listAllCountries", () => {
  const list = listAllCountries();

  it("has every ISO 3166-1 country once, without Kosovo", () => {
    expect(list).toHaveLength(249);
    expect(new Set(list.map((c) => c.iso3)).size).toBe(249);
    expect(new Set(list.map((c) => c.iso2)).size).toBe(249);
    expect(list.some((c) => c.iso2 === "XK")).toBe(false);
  });

  it("has well-formed codes and short English names, sorted by name", () => {
    for (const c of list) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(c.name.length).toBeGreaterThan(0);
    }
    const names = list.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(list.find((c) => c.iso3 === "AFG")).toEqual({ iso3: "AFG", iso2: "AF", numeric: "004", name: "Afghanistan" });
    expect(getCountry("RUS")?.name).toBe("Russia");
    expect(getCountry("GBR")?.name).toBe("United Kingdom");
    expect(getCountry("USA")?.name).toBe("United States");
    expect(getCountry("UKR")).toEqual({ iso3: "UKR", iso2: "UA", numeric: "804", name: "Ukraine" });
    expect(getCountry("XKX")).toBeUndefined();
  });

  it("returns a copy the caller may change", () => {
    listAllCountries().pop();
    expect(listAllCountries()).toHaveLength(249);
  });
});

describe("resolveCountry", () => {
  it.each([
    ["FRA", "FRA"], ["fra", "FRA"], [" fr ", "FRA"], ["France", "FRA"], ["FRANCE", "FRA"],
    ["GB", "GBR"], ["UK", "GBR"], ["United Kingdom", "GBR"], ["Great Britain", "GBR"],
    ["US", "USA"], ["USA", "USA"], ["United States of America", "USA"], ["United States", "USA"],
    ["Türkiye", "TUR"], ["Turkiye", "TUR"], ["Turkey", "TUR"], ["Czechia", "CZE"], ["Czech Republic", "CZE"],
    ["Côte d’Ivoire", "CIV"], ["Ivory Coast", "CIV"], ["The Netherlands", "NLD"], ["netherlands", "NLD"],
    ["Russia", "RUS"], ["Russian Federation", "RUS"], ["South Korea", "KOR"], ["Republic of Korea", "KOR"],
    ["Holy See", "VAT"], ["DR Congo", "COD"], ["Republic of the Congo", "COG"], ["UAE", "ARE"], ["Ukraine", "UKR"],
    ["United  Kingdom", "GBR"],
  ])("%j -> %s", (input, iso3) => {
    expect(resolveCountry(input)).toBe(iso3);
  });

  it.each(["Atlantis", "", "XX", "XKX", "XK", "Kosovo", "Congo", "ZZZ", "Fran"])("%j -> null", (input) => {
    expect(resolveCountry(input)).toBeNull();
  });

  it("resolves every listed country by each of its codes and its name", () => {
    for (const c of listAllCountries()) {
      expect(resolveCountry(c.iso3)).toBe(c.iso3);
      expect(resolveCountry(c.iso2)).toBe(c.iso3);
      expect(resolveCountry(c.name)).toBe(c.iso3);
    }
  });
});
