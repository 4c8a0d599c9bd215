/**
 * An editor's session for HTTP clients (the write API, the load writer): signs in through
 * better-auth's own endpoint, as any script would, and returns the Cookie header to send. Plain
 * Node (no vitest) so the e2e specs and the load writer share it.
 */

let clients = 0;

/**
 * The Origin better-auth trusts: BETTER_AUTH_URL, which defaults to http://localhost:PORT (see
 * lib/auth-env.ts) while the tests reach the server as 127.0.0.1.
 */
export function authOrigin(baseURL: string): string {
  if (process.env.BETTER_AUTH_URL) return new URL(process.env.BETTER_AUTH_URL).origin;
  const url = new URL(baseURL);
  if (url.hostname === "127.0.0.1") url.hostname = "localhost";
  return url.origin;
}

/** Signs in; `clientAddress` keeps this client's sign-in attempts apart from others' (rate limit). */
export async function apiSignIn(baseURL: string, account: { email: string; password: string }, clientAddress?: string): Promise<string> {
  clients += 1;
  const res = await fetch(`${baseURL}/api/auth/sign-in/email`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: authOrigin(baseURL),
      "x-forwarded-for": clientAddress ?? `10.250.${(process.pid >> 8) & 255}.${(process.pid + clients) & 255}`,
    },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${account.email} failed: HTTP ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.includes("session_token"))) throw new Error("sign-in answered without a session cookie");
  return cookies.join("; ");
}

/** Sends a JSON write as a signed-in editor would (same-origin Origin header, session cookie). */
export function apiWrite(baseURL: string, cookie: string, method: string, path: string, body: unknown, type = "application/json"): Promise<Response> {
  return fetch(`${baseURL}${path}`, {
    method,
    headers: { "content-type": type, origin: baseURL, cookie },
    body: typeof body === "string" ? body : body instanceof Uint8Array ? new Blob([new Uint8Array(body)]) : JSON.stringify(body),
    redirect: "manual",
  });
}
