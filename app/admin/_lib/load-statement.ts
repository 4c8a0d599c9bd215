import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/db/errors";
import { getStatement, type StatementWithVersions } from "@/db/statements";

/** The statement with this URL id, or a 404 for a malformed or unknown id. */
export function loadStatement(id: string): StatementWithVersions {
  if (!/^[1-9]\d{0,12}$/.test(id)) notFound();
  try {
    return getStatement(getDb(), Number(id));
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
