/**
 * Strict UTF-8 for request bodies and files: invalid bytes are refused, never turned into U+FFFD,
 * and the refusal says where they are (the JSON field, the CSV line). Pure (no Buffer): runs in
 * route handlers and the browser alike.
 *
 * The locating helpers rely on one property of UTF-8: bytes below 0x80 never occur inside a
 * multi-byte sequence, so JSON's quotes, backslashes, braces and commas and the CSV's line breaks
 * can be found in the raw bytes before anything is decoded.
 */

/** The text, or null if `bytes` is not valid UTF-8 (a leading BOM is kept; callers strip it). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isValid(bytes: Uint8Array): boolean {
  return decodeUtf8(bytes) !== null;
}

/** The 1-based physical line (LF, CRLF or CR breaks) holding the first invalid byte, or null. */
export function invalidUtf8Line(bytes: Uint8Array): number | null {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 0x0a;
    if (b !== 0x0a && b !== 0x0d) continue;
    if (!isValid(bytes.subarray(start, i))) return line;
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    line++;
    start = i + 1;
  }
  return null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A key's text: its JSON escapes resolved when they are well formed, else as written. */
function keyText(raw: Uint8Array): string {
  const text = decodeUtf8(raw) ?? "";
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

/**
 * Where the first invalid UTF-8 is in a JSON body: `{field}` for a string value (or an element of
 * a list) under that top-level key, `{fieldName}` when a key itself holds it (shown leniently
 * decoded), or null when it is elsewhere (outside any string: not JSON either).
 */
export function invalidUtf8InJson(bytes: Uint8Array): { field: string } | { fieldName: string } | null {
  let depth = 0;
  let topIsObject = false;
  let expectKey = false;
  let key: string | null = null;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) {
      const start = i + 1;
      let end = start;
      while (end < bytes.length && bytes[end] !== QUOTE) end += bytes[end] === BACKSLASH ? 2 : 1;
      const raw = bytes.subarray(start, Math.min(end, bytes.length));
      const isKey = depth === 1 && expectKey;
      if (!isValid(raw)) {
        if (isKey) return { fieldName: new TextDecoder("utf-8").decode(raw) };
        return key !== null && depth >= 1 ? { field: key } : null;
      }
      if (isKey) {
        key = keyText(raw);
        expectKey = false;
      }
      i = end;
    } else if (b === 0x7b || b === 0x5b) {
      depth++;
      if (depth === 1) topIsObject = expectKey = b === 0x7b;
    } else if (b === 0x7d || b === 0x5d) {
      depth--;
    } else if (b === 0x2c && depth === 1 && topIsObject) {
      expectKey = true;
    } else if (b >= 0x80) {
      return null;
    }
  }
  return null;
}
