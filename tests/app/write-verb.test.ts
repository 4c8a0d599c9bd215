/**
 * toFormState (app/_lib/write-verb.ts): a refusal is worded by `nothing`, the one pointing at marked
 * fields too, unless the caller keeps the editors' FIX_FIELDS there.
 */
import { describe, expect, it } from "vitest";
import { FIX_FIELDS, toFormState } from "@/app/_lib/write-verb";
import { InvalidInputError, NotFoundError, ValidationError } from "@/db/errors";

describe("toFormState", () => {
  const fields = new ValidationError({ message: ["at least 20 characters"] });

  it("says the editors' words by default", () => {
    expect(toFormState(fields, {}).message).toBe("Nothing was saved: please correct the fields marked below.");
    expect(FIX_FIELDS).toBe("Nothing was saved: please correct the fields marked below.");
  });

  it("words marked fields, form errors and other refusals by `nothing`", () => {
    expect(toFormState(fields, {}, { nothing: "Nothing was sent" }).message).toBe("Nothing was sent: please correct the fields marked below.");
    expect(toFormState(new ValidationError({ message: ["too short"] }, ["Give a source."]), {}, { nothing: "Nothing was sent" }).message).toBe(
      "Nothing was sent: please correct the fields marked below. Give a source.",
    );
    expect(toFormState(new InvalidInputError("bad", { countryIso3: ["unknown"] }), {}, { nothing: "Nothing was sent", fieldNames: { countryIso3: "country" } })).toMatchObject({
      message: "Nothing was sent: please correct the fields marked below.",
      fieldErrors: { country: ["unknown"] },
    });
    expect(toFormState(new NotFoundError("no statement #9"), {}, { nothing: "Nothing was sent" }).message).toBe("Nothing was sent: no statement #9.");
  });

  it("keeps FIX_FIELDS for marked fields when the caller gives it", () => {
    expect(toFormState(fields, {}, { nothing: "Not rejected", fix: FIX_FIELDS }).message).toBe(FIX_FIELDS);
    expect(toFormState(new NotFoundError("no draft #9"), {}, { nothing: "Not rejected", fix: FIX_FIELDS }).message).toBe("Not rejected: no draft #9.");
  });
});
