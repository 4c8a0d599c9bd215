import Link from "next/link";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/error-digests";

/**
 * What a reader sees when a page cannot be rendered: a plain statement of what happened and what
 * to do, never a stack trace or the server's message (Next keeps those out of production pages;
 * the digest is the reference an operator can find in the server log).
 */
export function ServerFault({ digest }: { digest?: string }) {
  const database = digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div role="alert" className="notice" data-fault={database ? "database" : "server"}>
      <h1>{database ? "The tracker's data is unavailable right now" : "This page could not be shown"}</h1>
      <p>
        {database
          ? "The server cannot read its database, so no positions can be shown. Nothing has been changed or lost; the people running the site have to fix the database file (the server log says why)."
          : "Something went wrong on our side while preparing this page. Nothing has been changed or lost."}
      </p>
      <p>Try again in a minute, or go back to the <Link href="/">overview</Link>.</p>
      {digest && !database ? <p className="empty">Reference for the site&apos;s operators: {digest}</p> : null}
    </div>
  );
}
