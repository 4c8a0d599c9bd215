/**
 * The query GET /api/v1/citation accepts: the cited page, the frozen instant, the format, and the
 * page's own view parameters (the dashboard's claim and group parameters are checked like the
 * read API's; the others are read as the page reads them). A file of its own so the OpenAPI
 * document describes the route from these very schemas.
 */
import { z } from "zod";
import { instantParam } from "@/lib/validation/query-params";

export const CITATION_FORMATS = ["json", "apa", "chicago", "bibtex", "csl"] as const;

export const citationQuery = z.object({
  page: z.string().meta({ description: "The cited page: `/`, `/compare`, `/countries/{ISO3}` or `/statements/{id}`." }),
  known: instantParam.meta({ description: "The instant the view is frozen at (the Cite control sets it to the moment the page was shown)." }),
  format: z
    .enum(CITATION_FORMATS)
    .optional()
    .meta({ description: "json (default: title, permalink and every rendering), apa or chicago (plain text), bibtex (a .bib file), csl (CSL-JSON)." }),
});
