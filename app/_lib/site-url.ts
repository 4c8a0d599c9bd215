import "server-only";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/public-origin";

/**
 * Absolute base for link previews (metadataBase): SITE_URL if configured, else the Host the request
 * came to (lib/http/public-origin.ts). Host and X-Forwarded-Proto are what scripts/serve.ts has made
 * them: a client's forwarding headers are never believed unless it is a trusted proxy.
 */
export async function siteUrl(): Promise<URL | null> {
  const h = await headers();
  const origin = publicOrigin({ siteUrl: process.env.SITE_URL, host: h.get("host"), proto: h.get("x-forwarded-proto") });
  return origin === null ? null : new URL(origin);
}

/** The Open Graph and Twitter image entries for a preview URL (/og?…). */
export function previewImage(url: string, alt: string) {
  return {
    openGraph: { images: [{ url, width: 1200, height: 630, alt }] },
    twitter: { card: "summary_large_image" as const, images: [url] },
  };
}
