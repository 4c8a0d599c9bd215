import type { Metadata } from "next";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import "./globals.css";
import "./charts-pages.css"; // charts branch: styles of charts, compare, country, source, statement and event pages

export const metadata: Metadata = {
  title: { default: "Coalition Tracker", template: "%s · Coalition Tracker" },
  description:
    "Who has said they will contribute what to the multinational force for Ukraine after a ceasefire: dated, cited statements, country by country.",
  // Feed autodiscovery on every page (a page that sets its own `alternates` repeats it: app/countries/[iso3]).
  alternates: { types: { "application/atom+xml": [{ url: "/feed.atom", title: "Coalition Tracker: position changes" }] } },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Coalition Tracker
          </Link>
          <span className="tagline">Commitments to a post-ceasefire force for Ukraine, as stated and cited</span>
          <nav className="site-nav" aria-label="Site"><Link href="/">Dashboard</Link><Link href="/compare">Compare</Link><Link href="/countries">Countries</Link><Link href="/events">Events</Link><Link href="/sources">Sources</Link></nav>
        </header>
        <main id="main">
          <NuqsAdapter>{children}</NuqsAdapter>
        </main>
        <footer className="site-footer">
          Every position is a dated statement with its source. Data:{" "}
          <a href="/api/v1/export.csv">CSV export</a> · <Link href="/api">API</Link> (<a href="/api/v1/openapi.json">OpenAPI</a>, <a href="/api/v1/datapackage.json">data package</a>) · <a href="/feed.atom">Atom feed</a> · <Link href="/methodology">Methodology</Link> (what the categories mean, how statements are dated and sourced)
        </footer>
      </body>
    </html>
  );
}
