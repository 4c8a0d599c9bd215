/** What a form's server action returns to it (shared by the actions and the client forms). */
import type { FormValues } from "./validation/form-values";

export type FieldErrors = Record<string, string[] | undefined>;

/** `T` carries extras, e.g. the newer version behind an edit conflict. */
export type FormState<T = unknown> = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: FormValues;
  data?: T;
};

/** A server action as `useActionState` takes it. */
export type FormAction<T = unknown> = (prev: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/**
 * An edit refused because someone saved a newer version first: who and when, and each field of
 * their version next to what this editor typed, so nothing is lost and the choice is informed.
 */
export type VersionConflict = {
  version: number;
  recordedBy: string | null;
  recordedAt: string | null;
  /** The newer version was saved by the same editor (another tab or window), not someone else. */
  byYou?: boolean;
  fields: { field: string; label: string; theirs: string; yours: string }[];
};
