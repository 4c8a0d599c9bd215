import { getDb } from "@/db/client";
import { getStatement } from "@/db/statements";
import { cachedResponse } from "../../_lib/cached";
import { handle, jsonError } from "../../_lib/respond";

/** GET /api/v1/statements/{id}: one statement, its current version and every version before it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[1-9][0-9]{0,15}$/.test(id)) return jsonError(400, `id: expected a positive integer, got '${id}'`);
  return handle(() => cachedResponse(request, `statement/${id}`, () => JSON.stringify(getStatement(getDb(), Number(id)))));
}
