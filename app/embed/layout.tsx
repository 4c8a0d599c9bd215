import type { Metadata } from "next";
import "./embed.css";

// Embeds are framed on other sites; the dashboard itself is what search engines should list.
export const metadata: Metadata = { robots: { index: false, follow: true } };

/**
 * The embeddable views (/embed/map, /embed/chart/…), which any site may frame
 * (lib/http/security-headers.ts). They show no site header, navigation or footer: the root layout
 * draws those for every page, so embed.css hides them whenever an embed is on the page.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return children;
}
