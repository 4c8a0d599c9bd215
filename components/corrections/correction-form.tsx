"use client";
/**
 * "Suggest a correction": a plain form posted to a server action, so it works without JavaScript
 * (the page comes back with the answer) and, with it, without a reload. The page that carries it
 * stays public-cacheable: nothing here depends on who is reading (no token, no session).
 */
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { bindFields } from "../forms/bind-fields";
import { FieldError, TextArea, TextField } from "../forms/field";
import { FormStatus } from "../forms/form-status";
import { SubmitButton } from "../forms/submit-button";

export type CorrectionTarget = { statementId: number } | { countryIso3: string };

export function CorrectionForm({
  action,
  target,
  honeypotField,
  bodyMax,
}: {
  action: FormAction;
  target: CorrectionTarget;
  honeypotField: string;
  bodyMax: number;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, { status: "idle" });
  const { field, errors } = bindFields(state.values ?? {}, state.fieldErrors);
  const what = "statementId" in target ? "this statement" : "this country's entry";
  return (
    <details className="correction" data-testid="correction" open={state.status !== "idle"}>
      <summary>Suggest a correction</summary>
      {state.status === "success" ? (
        <p className="form-status success" role="status" data-testid="correction-thanks">
          {state.message}
        </p>
      ) : (
        <form action={formAction} className="correction-form" key={JSON.stringify(state.values ?? null)} data-testid="correction-form">
          <p className="hint">
            Something wrong or missing in {what}? Tell the editors, with a source that shows it. Nothing changes on the page until an
            editor has checked it.
          </p>
          <FormStatus status={state.status} message={state.message} />
          {"statementId" in target ? (
            <input type="hidden" name="statement_id" value={target.statementId} />
          ) : (
            <input type="hidden" name="country" value={target.countryIso3} />
          )}
          <TextArea {...field("body")} label="What is wrong" hint={`At most ${bodyMax} characters.`} required rows={4} />
          <TextField {...field("source_url")} label="Source URL" type="url" inputMode="url" placeholder="https://…" required />
          <TextField
            {...field("email")}
            label="Your e-mail (optional)"
            type="email"
            autoComplete="email"
            hint="Only if you want an editor to be able to ask you about it. Only the editors see it."
          />
          {/* The spam trap: hidden from people (and from screen readers and the keyboard); a bot fills it. */}
          <div className="correction-trap" aria-hidden="true">
            <label>
              Leave this empty <input type="text" name={honeypotField} tabIndex={-1} autoComplete="off" defaultValue="" />
            </label>
          </div>
          <FieldError name="target" errors={errors} />
          <p className="actions">
            <SubmitButton pendingLabel="Sending…">Send the suggestion</SubmitButton>
          </p>
        </form>
      )}
    </details>
  );
}
