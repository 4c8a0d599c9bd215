"use client";

/**
 * "Download: PNG · SVG" for the map or a chart: plain links to the picture of the view in the
 * address bar (lib/pictures/picture-urls.ts). They read the URL state themselves, so they follow
 * every change of the view (date, filters, map frame) and, rendered on the server, work without JS.
 */
import { useQueryStates } from "nuqs";
import { viewParsers } from "@/lib/url/search-params";
import { pictureHref } from "@/lib/pictures/picture-urls";
import type { PictureKind } from "@/lib/pictures/view-text";

const NAMES: Record<PictureKind, string> = { map: "the map", coalition: "the coalition chart", contributions: "the contributions chart", personnel: "the personnel chart" };

export function PictureLinks({ kind }: { kind: PictureKind }) {
  const [params] = useQueryStates(viewParsers);
  return (
    <p className="picture-links" data-picture-links={kind}>
      {`Download ${NAMES[kind]}: `}
      <a href={pictureHref(kind, "png", params)} download data-picture-format="png">
        PNG
      </a>
      {" · "}
      <a href={pictureHref(kind, "svg", params)} download data-picture-format="svg">
        SVG
      </a>
    </p>
  );
}
