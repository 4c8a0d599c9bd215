"use server";
/**
 * Account management, for admins only: create accounts, change roles, set passwords, disable and
 * re-enable. better-auth does the work (and checks the admin's permission again); every change is
 * written to the audit log. An admin cannot demote or disable themselves, and the last active admin
 * always remains (db/accounts/verbs.ts, and a trigger on the users table).
 */
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { InvalidInputError } from "@/db/errors";
import { changeAccount, createAccount } from "@/db/accounts";
import { refused, refusedFromError, validatedAdminAction } from "@/app/_lib/write-verb";
import { getAuth } from "@/db/accounts/auth";
import { actorOf } from "@/app/_lib/session";
import type { FormState } from "@/lib/form-state";
import { newAccountSchema, passwordField, publicNameField, roleField } from "@/lib/validation/account";

export const createAccountAction = validatedAdminAction(newAccountSchema, async (data, { editor, values }): Promise<FormState> => {
  try {
    await createAccount(getAuth(), getDb(), data, actorOf(editor), await headers());
  } catch (err) {
    return refusedFromError(err, values);
  }
  revalidatePath("/admin/users");
  return { status: "success", message: `Account ${data.email} created as ${data.role}. Give them their password in person or by phone.` };
});

const updateSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("role"), role: roleField }),
  z.object({ intent: z.literal("password"), newPassword: passwordField }),
  z.object({ intent: z.literal("disable"), reason: z.string().trim().max(200, "reason must be at most 200 characters").default("") }),
  z.object({ intent: z.literal("enable") }),
  z.object({ intent: z.literal("display-name"), displayName: publicNameField }),
]);

/** One account's changes, told apart by `intent`; db/accounts/verbs.ts does and audits them. */
export async function updateAccountAction(userId: string, prev: FormState, formData: FormData): Promise<FormState> {
  return validatedAdminAction(updateSchema, async (data, { editor, values }): Promise<FormState> => {
    if (typeof userId !== "string") return refused("No such account.", values);
    let before: { email: string };
    try {
      ({ before } = await changeAccount(getAuth(), getDb(), editor, userId, data, await headers()));
    } catch (err) {
      if (err instanceof InvalidInputError && Object.keys(err.fieldErrors).length === 0) return refused(`Not changed: ${err.message}.`, values);
      return refusedFromError(err, values);
    }
    revalidatePath("/admin/users");
    const what = {
      role: `is now ${data.intent === "role" ? data.role : ""}`,
      password: "has a new password",
      disable: "is disabled and signed out",
      enable: "is enabled again",
      "display-name": `is shown publicly as ${data.intent === "display-name" ? data.displayName : ""}`,
    }[data.intent];
    return { status: "success", message: `${before.email} ${what}.` };
  })(prev, formData);
}
