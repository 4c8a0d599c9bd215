import type { Metadata } from "next";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Coalition Tracker", template: "%s · Coalition Tracker" },
  description:
    "Who has said they will contribute what to the multinational force for Ukraine after a ceasefire: dated, cited statements, country by country.",
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
        </header>
        <main id="main">
          <NuqsAdapter>{children}</NuqsAdapter>
        </main>
        <footer className="site-footer">
          Every position is a dated statement with its source. Data:{" "}
          <a href="/api/v1/export.csv">CSV export</a> · <a href="/api/v1/categories">JSON API</a>
        </footer>
      </body>
    </html>
  );
}
