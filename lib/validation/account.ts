/** Accounts as admins create and change them (and as `npm run admin:create` takes them). */
import { z } from "zod";

export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Minimum and maximum password length, for every way a password is set. */
export const PASSWORD_LENGTH = { min: 12, max: 128 } as const;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "email is too long")
  .pipe(z.email("email is not an email address"));

export const passwordField = z
  .string()
  .min(PASSWORD_LENGTH.min, `password must be at least ${PASSWORD_LENGTH.min} characters`)
  .max(PASSWORD_LENGTH.max, `password must be at most ${PASSWORD_LENGTH.max} characters`);

export const roleField = z.enum(ROLES, { error: () => `role must be one of ${ROLES.join(", ")}` });

/** A display name; when left empty, the part of the email before "@". */
export const nameField = z.string().trim().max(100, "name must be at most 100 characters");

/**
 * The public display name shown on public pages and in the public API for an editor's work. Never
 * an email or anything path-like (those are what it replaces), and no control characters.
 */
export const publicNameField = z
  .string()
  .trim()
  .min(1, "public name is required")
  .max(60, "public name must be at most 60 characters")
  .refine((v) => !/[@\\/]/.test(v), "public name must not contain @, / or \\ (it must not look like an email or a path)")
  .refine((v) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(v), "public name must not contain control characters");

export const newAccountSchema = z
  .object({ email: emailField, password: passwordField, name: nameField.default(""), role: roleField.default("editor") })
  .transform((a) => ({ ...a, name: a.name || a.email.split("@")[0]! }));
export type NewAccount = z.output<typeof newAccountSchema>;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "email is required").max(254, "email is too long"),
  password: z.string().min(1, "password is required").max(PASSWORD_LENGTH.max, "password is too long"),
});
