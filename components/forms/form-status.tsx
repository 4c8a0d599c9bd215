"use client";
import { useEffect, useRef } from "react";

/**
 * The form-level message (saved / refused), announced to screen readers; when a form is refused it
 * is scrolled into view, so the editor sees why before looking for the marked fields.
 */
export function FormStatus({ status, message }: { status: "idle" | "error" | "success"; message?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status === "error" && message) ref.current?.scrollIntoView({ block: "center" });
  }, [status, message]);
  return (
    <div ref={ref} role={status === "error" ? "alert" : "status"} className={message ? `form-status ${status}` : "form-status"}>
      {message ?? null}
    </div>
  );
}
