"use server";
/**
 * Account management, for admins only: create accounts, change roles, set passwords, disable and
 * re-enable. better-auth does the work (and checks the admin's permission again); every change is
 * written to the audit log. An admin cannot demote or disable themselves, so one admin always remains.
 */
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { APIError } from "better-auth/api";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { getAccount } from "@/db/accounts";
import { refused, refusedFromError, validatedAdminAction } from "@/app/_lib/write-verb";
import { getAuth } from "@/lib/auth";
import { createAccount } from "@/db/accounts";
import { actorOf } from "@/lib/auth-session";
import type { FormState } from "@/lib/form-state";
import { newAccountSchema, passwordField, roleField } from "@/lib/validation/account";

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
]);

/** One account's changes, told apart by `intent`. */
export async function updateAccountAction(userId: string, prev: FormState, formData: FormData): Promise<FormState> {
  return validatedAdminAction(updateSchema, async (data, { editor, values }): Promise<FormState> => {
    const db = getDb();
    const before = typeof userId === "string" ? getAccount(db, userId) : null;
    if (!before) return refused("No such account.", values);
    if (before.id === editor.id && (data.intent === "disable" || (data.intent === "role" && data.role !== "admin"))) {
      return refused("You cannot demote or disable your own account; ask another admin.", values);
    }
    const auth = getAuth();
    const h = await headers();
    try {
      if (data.intent === "role") await auth.api.setRole({ body: { userId, role: data.role }, headers: h });
      else if (data.intent === "password") await auth.api.setUserPassword({ body: { userId, newPassword: data.newPassword }, headers: h });
      else if (data.intent === "disable") await auth.api.banUser({ body: { userId, banReason: data.reason || "disabled by an admin" }, headers: h });
      else await auth.api.unbanUser({ body: { userId }, headers: h });
    } catch (err) {
      if (err instanceof APIError) return refused(`Not changed: ${err.message}.`, values);
      return refusedFromError(err, values);
    }
    const after = getAccount(db, userId);
    // The password itself is never logged, only that it was set.
    recordAudit(db, {
      actor: actorOf(editor),
      action: data.intent === "password" ? "set-password" : data.intent,
      entity: "user",
      entityId: userId,
      before,
      after: data.intent === "password" ? { ...after, password: "(changed)" } : after,
    });
    revalidatePath("/admin/users");
    const what = { role: `is now ${data.intent === "role" ? data.role : ""}`, password: "has a new password", disable: "is disabled and signed out", enable: "is enabled again" }[data.intent];
    return { status: "success", message: `${before.email} ${what}.` };
  })(prev, formData);
}
