"use client";
/**
 * "Saved: this is version N", with the ways back to the admin, shown once on the public page an
 * editor's save lands on. Read from the flash cookie in the browser (lib/http/saved-flash.ts),
 * then cleared, so a reload or a later visit shows the page as every reader sees it.
 */
import Link from "next/link";
import { useEffect, useState } from "react";
import { parseSavedFlash, SAVED_FLASH_COOKIE } from "@/lib/http/saved-flash";

export function SavedNotice({ statementId }: { statementId: number }) {
  const [version, setVersion] = useState<number | null>(null);
  useEffect(() => {
    const flash = parseSavedFlash(document.cookie);
    if (flash?.statementId !== statementId) return;
    document.cookie = `${SAVED_FLASH_COOKIE}=; Max-Age=0; Path=/`;
    // The cookie is read only after hydration, on purpose: the server-rendered page must be the
    // same for every reader, so this one extra render per save is the point, not a cascade.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setVersion(flash.version);
  }, [statementId]);
  if (version === null) return null;
  return (
    <p className="notice saved-notice" role="status" data-testid="saved-notice">
      Saved: this is version {version}. <Link href={`/admin/statements/${statementId}`}>Back to the statement in the admin</Link> ·{" "}
      <Link href={`/admin/statements/${statementId}/edit`}>Edit again</Link>
    </p>
  );
}
