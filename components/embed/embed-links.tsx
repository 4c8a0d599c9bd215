"use client";

/**
 * Keeps an embed's reader inside the embeds while framed: a link to any other page of the site
 * (the legend's "What the categories mean", a country in a chart's table) opens in a new tab
 * instead. Without this, Next's client-side navigation would draw that page inside the other
 * site's frame (frame-ancestors guards only a document load, not the router's fetch), with the
 * site's navigation around it. Capture phase: it runs before next/link's own click handler.
 */
import { isFrameablePath } from "@/lib/http/security-headers";

function onClickCapture(e: React.MouseEvent<HTMLElement>): void {
  const link = (e.target as Element).closest("a[href]");
  if (!(link instanceof HTMLAnchorElement)) return;
  const url = new URL(link.href, window.location.href);
  if (url.origin === window.location.origin && isFrameablePath(url.pathname)) return;
  e.preventDefault();
  e.stopPropagation();
  window.open(url.href, "_blank", "noopener");
}

export function EmbedLinks({ children }: { children: React.ReactNode }) {
  return (
    <div className="embed-body" onClickCapture={onClickCapture}>
      {children}
    </div>
  );
}
