import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listAccounts } from "@/db/accounts";
import { requireAdmin } from "@/app/_lib/session";
import { AccountControls, CreateAccountForm } from "@/components/forms/account-forms";
import { createAccountAction, updateAccountAction } from "../../_actions/users";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Accounts" };

export default async function UsersPage() {
  const me = await requireAdmin("/admin/users");
  const accounts = listAccounts(getDb());
  return (
    <>
      <h1>Accounts</h1>
      <p className="lede">
        Editors record and edit; admins also manage accounts. Accounts are disabled, never deleted, so every change stays attributable.
        Public pages show an account&apos;s public name, never its email.
      </p>
      <TableScroll label="Accounts">
        <table className="data accounts">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Shown publicly as</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} data-email={a.email}>
                <td>
                  {a.email}
                  {a.id === me.id ? " (you)" : ""}
                </td>
                <td>{a.name}</td>
                <td data-testid="display-name">{a.displayName}</td>
                <td>
                  {a.role}
                  {a.disabled ? <span className="status-retracted"> — disabled</span> : null}
                </td>
                <td>{a.lastSignInAt ? a.lastSignInAt.replace("T", " ").slice(0, 16) : "never"}</td>
                <td>
                  <AccountControls action={updateAccountAction.bind(null, a.id)} id={a.id} role={a.role} displayName={a.displayName} disabled={a.disabled} self={a.id === me.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>New account</h2>
      <CreateAccountForm action={createAccountAction} />
    </>
  );
}
