import Link from "next/link";
import { requireEditor } from "@/app/_lib/session";
import { getDb } from "@/db/client";
import { countPendingDrafts } from "@/db/review";
import { signOutAction } from "../_actions/session";
import { countOpenCorrections } from "@/db/corrections";

/**
 * The signed-in admin's frame: navigation and sign-out. The session is checked here for the nav,
 * and again by every page and action (a layout alone is not a guard).
 */
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const editor = await requireEditor();
  const pending = countPendingDrafts(getDb());
  const openCorrections = countOpenCorrections(getDb());
  return (
    <>
      <nav className="admin-nav" aria-label="Admin">
        <Link href="/admin">Statements</Link>
        <Link href="/admin/statements/new">Record a statement</Link>
        <Link href="/admin/sources">Sources</Link>
        <Link href="/admin/events">Summits</Link>
        <Link href="/admin/import">Import CSV</Link>
        <Link href="/admin/review">Review{pending > 0 ? ` (${pending})` : ""}</Link>
        <Link href="/admin/corrections">Corrections{openCorrections > 0 ? ` (${openCorrections})` : ""}</Link>
        <Link href="/admin/history">History</Link>
        {editor.role === "admin" ? <Link href="/admin/users">Accounts</Link> : null}
        <span className="who">
          {editor.email} ({editor.role})
        </span>
        <form action={signOutAction}>
          <button type="submit" className="link">
            Sign out
          </button>
        </form>
      </nav>
      {children}
    </>
  );
}
