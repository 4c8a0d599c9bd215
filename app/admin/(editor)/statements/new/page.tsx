import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireEditor } from "@/app/_lib/session";
import { resolveCountry } from "@/lib/countries";
import { StatementForm } from "@/components/forms/statement-form";
import { createStatementAction } from "../../../_actions/statements";
import { statementFormOptions } from "../../../_lib/form-options";
import { correctionPrefill, CorrectionNotice } from "../../../_lib/correction-prefill";

export const metadata: Metadata = { title: "Record a statement" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewStatementPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin/statements/new");
  const sp = await searchParams;
  const options = statementFormOptions(getDb());
  // ?country=FRA (from a country's page) pre-fills the country.
  const iso3 = typeof sp.country === "string" ? resolveCountry(sp.country) : null;
  const country = iso3 ? options.countries.find((c) => c.iso3 === iso3) : undefined;
  // ?correction=N (from an accepted suggestion on a country page): its source, filled in as a new source.
  const suggestion = country ? correctionPrefill(sp.correction, { countryIso3: country.iso3 }) : null;
  return (
    <>
      <h1>Record a statement</h1>
      <p className="lede">
        One dated statement by one government, with its source. Fields marked * are required; nothing is saved until the whole form is valid.
      </p>
      {suggestion ? <CorrectionNotice suggestion={suggestion} /> : null}
      <StatementForm
        action={createStatementAction}
        initial={{ country: country ? `${country.name} (${country.iso3})` : "", confidence: "medium", ...suggestion?.values }}
        {...options}
      />
    </>
  );
}
