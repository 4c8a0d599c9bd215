import { useCallback, useState } from "react";

/**
 * Copying a text to the clipboard, for the copy buttons (Copy link, Embed, Cite): `copy(text)`
 * writes it, then `copied` says what was last copied and whether the clipboard took it (it may
 * refuse: permissions, an insecure origin). Each control says so in its own words.
 */
export function useCopy(): { copied: { text: string; ok: boolean } | null; copy: (text: string) => Promise<void> } {
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null);
  const copy = useCallback(async (text: string) => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // Refused: the control shows the text to copy by hand.
    }
    setCopied({ text, ok });
  }, []);
  return { copied, copy };
}

/** A useSyncExternalStore subscription for a browser value that never changes once read. */
export const noSubscription = () => () => {};
