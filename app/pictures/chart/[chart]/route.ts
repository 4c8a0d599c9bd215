import type { NextRequest } from "next/server";
import { jsonError } from "@/app/api/v1/_lib/respond";
import { parsePictureFile, pictureResponse } from "../../_lib/picture-response";

/** GET /pictures/chart/coalition|contributions|personnel.svg|png?<the dashboard's parameters>: a chart of that view. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ chart: string }> }) {
  const file = parsePictureFile((await params).chart, ["coalition", "contributions", "personnel"]);
  if (file === null) return jsonError(404, "No such chart: coalition, contributions or personnel, as .svg or .png.");
  return pictureResponse(request, file.kind, file.format);
}
