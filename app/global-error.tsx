"use client";

import "./globals.css";
import { ServerFault } from "@/components/ui/server-fault";

/** Last resort when the root layout itself fails: it replaces the whole document. */
export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <ServerFault digest={error.digest} />
        </main>
      </body>
    </html>
  );
}
