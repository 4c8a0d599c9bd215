import type { Metadata } from "next";
import { ApiReference, type ApiDocument } from "@/components/api/api-reference";
import { openApiDocument } from "./v1/_lib/openapi/document";
import "./api.css";

// Dynamic like every public page (docs/caching.md): it then carries the public views' caching
// header and the dataset-revision ETag, not the year-long s-maxage Next gives a prerendered page
// whatever cookie is sent.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "API", description: "The public read API, the feeds, the data package and the editors' write API, from the OpenAPI description." };

/** /api: the API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves (no data read). */
export default function ApiPage() {
  return (
    <article className="api-page">
      <h1>API</h1>
      <ApiReference doc={openApiDocument() as ApiDocument} />
    </article>
  );
}
