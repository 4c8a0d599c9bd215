import type { NextRequest } from "next/server";
import { jsonError } from "@/app/api/v1/_lib/respond";
import { parsePictureFile, pictureResponse } from "../_lib/picture-response";

/** GET /pictures/map.svg|png?<the dashboard's parameters>: the map of that view (app/pictures/_lib/picture-response.ts). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const file = parsePictureFile((await params).file, ["map"]);
  if (file === null) return jsonError(404, "No such picture: /pictures/map.svg and /pictures/map.png are the map's.");
  return pictureResponse(request, file.kind, file.format);
}
