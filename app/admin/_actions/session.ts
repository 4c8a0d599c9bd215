"use server";
/** Signing in and out of the admin. Sign-in is rate limited per client IP by better-auth. */
import { redirect } from "next/navigation";
import { signInWithPassword, signOut } from "@/lib/auth-sign-in";
import { formValues, single } from "@/lib/validation/form-values";
import { signInSchema } from "@/lib/validation/account";
import { refused } from "@/app/_lib/write-verb";
import type { FormState } from "@/lib/form-state";
import { safeNext } from "@/lib/http/safe-next";


export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Anyone can call this action, with any arguments: a hand-made call without form data gets the
  // form's message, not a 500 (found by e2e/access.e2e.ts).
  if (!(formData instanceof FormData)) return refused("Enter your email and password.", {});
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fieldErrors[String(i.path[0])] ??= []).push(i.message);
    return refused("Enter your email and password.", values, fieldErrors);
  }
  const outcome = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (!outcome.ok) {
    const message =
      outcome.reason === "rate-limited"
        ? `Too many sign-in attempts from your network. Wait ${outcome.retryAfterSeconds} seconds, then try again.`
        : outcome.reason === "disabled"
          ? "This account has been disabled. Ask an admin."
          : outcome.reason === "unavailable"
            ? "Sign-in is unavailable right now. Please try again later."
            : "Wrong email or password.";
    return refused(message, values);
  }
  redirect(safeNext(single(values, "next")));
}

export async function signOutAction(): Promise<void> {
  try {
    await signOut();
  } catch {
    // Already signed out (expired or revoked session): the result is the same.
  }
  redirect("/admin/login?signed-out=1");
}
