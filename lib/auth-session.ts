/**
 * Who is asking, checked on the server for every admin page, server action and write route.
 * proxy.ts only turns away requests without a session cookie early; these helpers are the check.
 *
 * - Pages and server actions: `requireEditor()` / `requireAdmin()` redirect a signed-out visitor
 *   to the sign-in page (nothing is written).
 * - Route handlers: `editorForRequest(request)` answers 401/403 as JSON.
 */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "./auth";
import { safeNext } from "./http/safe-next";
import type { Role } from "./validation/account";

export type Editor = { id: string; email: string; name: string; role: Role };

/** The actor recorded in `recorded_by` and the audit log. */
export function actorOf(editor: Editor): string {
  return editor.email;
}

async function editorFromHeaders(h: Headers): Promise<Editor | null> {
  const session = await getAuth().api.getSession({ headers: h });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role === "admin" ? "admin" : "editor" };
}

/** The signed-in editor of the current request, or null. */
export async function getEditor(): Promise<Editor | null> {
  return editorFromHeaders(await headers());
}

/** Where a signed-out visitor is sent; `next` brings them back after signing in. */
export function signInPath(next?: string): string {
  const target = safeNext(next);
  return target === "/admin" ? "/admin/login" : `/admin/login?next=${encodeURIComponent(target)}`;
}

/** The signed-in editor (or admin); otherwise redirects to the sign-in page. */
export async function requireEditor(next?: string): Promise<Editor> {
  const editor = await getEditor();
  if (!editor) redirect(signInPath(next));
  return editor;
}

/** The signed-in admin; an editor is sent to the admin home with a notice, a visitor to sign-in. */
export async function requireAdmin(next?: string): Promise<Editor> {
  const editor = await requireEditor(next);
  if (editor.role !== "admin") redirect("/admin?notice=admins-only");
  return editor;
}

/**
 * For write route handlers: the editor, or the JSON error response to return. Requests carrying an
 * Origin from another site are refused as well (defence in depth: SameSite=Lax already keeps the
 * session cookie off cross-site POSTs).
 */
export async function editorForRequest(
  request: Request,
  role: Role = "editor",
): Promise<{ editor: Editor; error?: undefined } | { editor?: undefined; error: Response }> {
  const origin = request.headers.get("origin");
  // An opaque ("null") origin counts as another site.
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let sameHost = false;
    try {
      sameHost = new URL(origin).host === host;
    } catch {
      sameHost = false;
    }
    if (!sameHost) return { error: Response.json({ error: "Cross-site requests are not accepted." }, { status: 403 }) };
  }
  const editor = await editorFromHeaders(request.headers);
  if (!editor) return { error: Response.json({ error: "Sign in first: this endpoint needs an editor's session." }, { status: 401 }) };
  if (role === "admin" && editor.role !== "admin") {
    return { error: Response.json({ error: "Only admins may do this." }, { status: 403 }) };
  }
  return { editor };
}
