import { exportDataPackage } from "@/db/statements/data-package";
import { publicOrigin } from "@/lib/http/public-origin";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";

/**
 * GET /api/v1/datapackage.json: the Frictionless data package describing /api/v1/export.csv (its
 * every column typed, constrained and described: db/statements/data-package.ts). Keyed by origin in
 * the read cache, since the resource's path is absolute.
 */
export function GET(request: Request) {
  const origin = publicOrigin({ siteUrl: process.env.SITE_URL, host: request.headers.get("host"), proto: request.headers.get("x-forwarded-proto") });
  if (origin === null) return jsonError(400, "The request has no valid Host, so the package's paths cannot be written; set SITE_URL.");
  return handle(() => cachedResponse(request, `datapackage ${origin}`, () => JSON.stringify(exportDataPackage(origin), null, 2)));
}
