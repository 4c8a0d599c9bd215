"use client";

/**
 * The claim filters and the scenario switch: "Official positions only", a commitment level and an
 * assumption (lib/claims/claim-view.ts), in a ViewForm (a GET form that works without JavaScript).
 */
import Link from "next/link";
import type { ClaimView } from "@/lib/claims/claim-view";
import { COMMITMENT_DESCRIPTIONS, CONDITION_LABELS } from "@/lib/format/claim-labels";
import { COMMITMENT_LEVELS, CONDITION_KEYS, type Commitment, type ConditionKey } from "@/lib/types";
import { ViewForm } from "./view-form";

type Props = { view: ClaimView; hidden: Record<string, string>; onChange: (v: ClaimView) => void };

export function ClaimControls({ view, hidden, onChange }: Props) {
  const set = (patch: Partial<ClaimView>) => onChange({ ...view, ...patch });
  const on = view.official || view.commitment !== null || view.assume !== null;
  return (
    <ViewForm
      className="claim-controls"
      label="Claim filters and scenario"
      hidden={hidden}
      after={
        on ? (
          <Link href={`/?${new URLSearchParams(hidden).toString()}`} className="claim-controls-reset">
            Count every statement
          </Link>
        ) : null
      }
    >
      <label>
        <input type="checkbox" name="official" value="1" checked={view.official} onChange={(e) => set({ official: e.target.checked })} /> Official
        positions only
      </label>
      <label htmlFor="claim-commitment">Commitment</label>{" "}
      <select id="claim-commitment" name="commitment" value={view.commitment ?? ""} onChange={(e) => set({ commitment: (e.target.value || null) as Commitment | null })}>
        <option value="">any</option>
        {COMMITMENT_LEVELS.map((c) => (
          <option key={c} value={c} title={COMMITMENT_DESCRIPTIONS[c]}>
            {c} or firmer
          </option>
        ))}
      </select>
      <label htmlFor="claim-assume">Scenario</label>{" "}
      <select id="claim-assume" name="assume" value={view.assume === null ? "" : `no_${view.assume}`} onChange={(e) => set({ assume: (e.target.value.slice(3) || null) as ConditionKey | null })}>
        <option value="">as stated</option>
        {CONDITION_KEYS.map((k) => (
          <option key={k} value={`no_${k}`}>
            if there is no {CONDITION_LABELS[k]}
          </option>
        ))}
      </select>
    </ViewForm>
  );
}
