import { openApiDocument } from "../_lib/openapi/document";
import { cachedResponse } from "../_lib/cached";
import { handle } from "../_lib/respond";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the whole API (app/api/v1/_lib/openapi). */
export function GET(request: Request) {
  return handle(() => cachedResponse(request, "openapi", () => JSON.stringify(openApiDocument(), null, 2)));
}
