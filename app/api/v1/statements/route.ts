import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { listCountryStatements } from "@/db/statements";
import { instantParam, iso3Param, parseQuery } from "@/lib/validation/query-params";
import { getCountry } from "@/lib/countries";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";

const statementsQuery = z.object({
  country: iso3Param.optional(),
  known: instantParam.optional(),
  retracted: z.enum(["1", "0"]).optional().meta({ description: "1: the retracted statements too (status retracted, with the reason in changeReason)." }),
});

/** GET /api/v1/statements?country=ISO3[&known=][&retracted=1]: that country's current statements (retracted ones too with retracted=1), newest first. */
export function GET(request: NextRequest) {
  const q = parseQuery(statementsQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  if (!q.data.country) return jsonError(400, "country: required (an ISO 3166-1 alpha-3 code, e.g. FRA)");
  const country = q.data.country;
  if (!getCountry(country)) return jsonError(404, `country: no ISO 3166-1 country with code '${country}'`);
  const known = q.data.known ?? null;
  const withRetracted = q.data.retracted === "1";
  return handle(() =>
    cachedResponse(request, `statements?country=${country}&known=${known ?? ""}&retracted=${withRetracted ? 1 : 0}`, () =>
      JSON.stringify({ country, statements: listCountryStatements(getDb(), country, known, { withRetracted }) }),
      { known },
    ),
  );
}
