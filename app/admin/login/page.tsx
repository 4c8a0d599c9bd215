import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getEditor } from "@/lib/auth-session";
import { safeNext } from "@/lib/http/safe-next";
import { LoginForm } from "@/components/forms/login-form";
import { signInAction } from "../_actions/session";

export const metadata: Metadata = { title: "Editor sign-in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const next = safeNext(typeof sp.next === "string" ? sp.next : null);
  if (await getEditor()) redirect(next);
  return (
    <div className="admin">
      <h1>Editor sign-in</h1>
      {sp["signed-out"] !== undefined ? (
        <p role="status" className="notice">
          You are signed out.
        </p>
      ) : null}
      <p className="lede">Accounts are created by an admin; there is no public sign-up.</p>
      <LoginForm action={signInAction} next={next} />
    </div>
  );
}
