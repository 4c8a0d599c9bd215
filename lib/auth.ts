/**
 * Editor accounts and sessions, by better-auth (password hashing, sessions, rate limiting) over the
 * tracker's own SQLite file through its drizzle adapter. Public sign-up is off: admins create
 * accounts (/admin/users, or `npm run admin:create`). Settings: lib/auth-env.ts.
 *
 * The instance is built on first use, never at import, so `next build` needs no secret or database.
 */
import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins/admin";
import { defaultAc } from "better-auth/plugins/admin/access";
import { databasePath, getDb, type Db } from "@/db/client";
import { accounts, sessions, users, verifications } from "@/db/schema";
import { CLIENT_ADDRESS_HEADER } from "./http/client-address";
import { resolveAuthSecret, resolveAuthUrl, resolveSignInLimit } from "./auth-env";
import { PASSWORD_LENGTH } from "./validation/account";

// Admins manage accounts but cannot impersonate or hard-delete them: every change must stay
// attributable to the person who made it, so an account is disabled (banned), never removed.
const roles = {
  admin: defaultAc.newRole({
    user: ["create", "list", "set-role", "ban", "set-password", "get"],
    session: ["list", "revoke"],
  }),
  editor: defaultAc.newRole({ user: [], session: [] }),
};

export type AuthSettings = { secret: string; baseURL: string; signInLimit: ReturnType<typeof resolveSignInLimit> };

/** Settings for the database file `file`, from the environment with the fallbacks of auth-env. */
export function authSettingsFor(file: string): AuthSettings {
  return { secret: resolveAuthSecret(file), baseURL: resolveAuthUrl(), signInLimit: resolveSignInLimit() };
}

/** Builds a better-auth instance over `db`. Scripts and tests call this; the server uses getAuth(). */
export function createAuth(db: Db, settings: AuthSettings) {
  return betterAuth({
    appName: "Coalition Tracker",
    secret: settings.secret,
    baseURL: settings.baseURL,
    database: drizzleAdapter(db, {
      provider: "sqlite",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: settings.signInLimit.enabled,
      storage: "memory",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: settings.signInLimit.windowSeconds, max: settings.signInLimit.max },
      },
    },
    advanced: {
      // better-auth reads the client address only from the header the app itself sets, after
      // resolving it from the socket peer and the trusted proxies (lib/http/client-address.ts); a
      // client's own X-Forwarded-For, Forwarded, X-Real-IP, ... never reach its rate limit.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    disabledPaths: ["/sign-up/email", "/admin/impersonate-user", "/admin/stop-impersonating", "/admin/remove-user"],
    telemetry: { enabled: false },
    // nextCookies must stay last: it copies cookies set by server-side auth.api calls into the response.
    plugins: [admin({ defaultRole: "editor", adminRoles: ["admin"], roles }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { trackerAuth?: Auth; trackerAuthPath?: string };

/** The server's auth instance, bound to the shared database connection. */
export function getAuth(): Auth {
  const file = databasePath();
  if (!globalForAuth.trackerAuth || globalForAuth.trackerAuthPath !== file) {
    globalForAuth.trackerAuth = createAuth(getDb(), authSettingsFor(file));
    globalForAuth.trackerAuthPath = file;
  }
  return globalForAuth.trackerAuth;
}
