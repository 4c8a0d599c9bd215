"use client";

import { ServerFault } from "@/components/ui/server-fault";

/** Error boundary for every page below the root layout (which stays: header, footer, links). */
export default function ErrorPage({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ServerFault digest={error.digest} />;
}
