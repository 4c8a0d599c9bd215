"use client";
import { useFormStatus } from "react-dom";

/** A submit button that says it is working while its form is being submitted. */
export function SubmitButton({
  children,
  pendingLabel = "Saving…",
  name,
  value,
  className,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  name?: string;
  value?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={className ?? "primary"}>
      {pending ? pendingLabel : children}
    </button>
  );
}
