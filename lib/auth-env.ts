/**
 * Where the sign-in settings come from, so that a fresh clone starts with no configuration and no
 * secret is ever committed:
 *
 * - BETTER_AUTH_SECRET (signs session cookies): taken from the environment when set; otherwise a
 *   random 32-byte secret is generated once, on first use, into `.auth-secret` next to the
 *   database file (data/ is git-ignored), and read from there afterwards.
 * - BETTER_AUTH_URL (the public origin; an https URL also makes session cookies Secure): taken from
 *   the environment when set, otherwise http://localhost:$PORT (next start sets PORT).
 * - Sign-in rate limit: AUTH_SIGN_IN_LIMIT="MAX/WINDOW_SECONDS" (default 5/60) per client IP;
 *   AUTH_RATE_LIMIT=on|off forces it on or off (default: on in production only).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseTrustedProxies, type TrustedProxies } from "./http/client-address";

const SECRET_FILE_NAME = ".auth-secret";

/** The environment variables read here (process.env by default; tests pass their own). */
export type Env = Readonly<Record<string, string | undefined>>;

/** The secret file that belongs to a database file: in the same directory. */
export function authSecretFile(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), SECRET_FILE_NAME);
}

/**
 * Returns BETTER_AUTH_SECRET, or the secret stored beside the database, creating it (mode 0600)
 * if it does not exist yet. Two processes starting at once agree: the file is created exclusively
 * and the loser reads the winner's secret.
 */
export function resolveAuthSecret(databaseFile: string, env: Env = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = authSecretFile(databaseFile);
  try {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return fs.readFileSync(file, "utf8").trim();
  }
}

/** BETTER_AUTH_URL, or http://localhost:$PORT (3000 when unset). */
export function resolveAuthUrl(env: Env = process.env): string {
  const fromEnv = env.BETTER_AUTH_URL?.trim();
  if (fromEnv) return fromEnv;
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

export type SignInLimit = { enabled: boolean; max: number; windowSeconds: number };

/** The sign-in rate limit: per client IP, `max` attempts per `windowSeconds`. */
export function resolveSignInLimit(env: Env = process.env): SignInLimit {
  const forced = env.AUTH_RATE_LIMIT?.trim().toLowerCase();
  const enabled = forced === "on" ? true : forced === "off" ? false : env.NODE_ENV === "production";
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(env.AUTH_SIGN_IN_LIMIT ?? "");
  const max = m ? Math.max(1, Number(m[1])) : 5;
  const windowSeconds = m ? Math.max(1, Number(m[2])) : 60;
  return { enabled, max, windowSeconds };
}

/**
 * AUTH_TRUSTED_PROXIES: the proxies (addresses or CIDR ranges) whose X-Forwarded-For entries are
 * believed. Unset: none, and the client is the socket's peer.
 */
export function resolveTrustedProxies(env: Env = process.env): TrustedProxies {
  return parseTrustedProxies(env.AUTH_TRUSTED_PROXIES);
}
