import { describe, expect, it } from "vitest";
import { decodeUtf8, invalidUtf8InJson, invalidUtf8Line } from "@/lib/http/utf8";

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === "string" ? enc(p) : new Uint8Array(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** Every kind of invalid UTF-8 a body or file may carry. */
const BAD: Record<string, number[]> = {
  "a lone 0xFF": [0xff],
  "a lone continuation byte": [0x80],
  "an overlong '/'": [0xc0, 0xaf],
  "a truncated 3-byte sequence": [0xe2, 0x82],
  "a truncated 4-byte sequence": [0xf0, 0x9f, 0x98],
  "an encoded surrogate (CESU-8)": [0xed, 0xa0, 0x80],
  "a code point above U+10FFFF": [0xf4, 0x90, 0x80, 0x80],
  "Latin-1 ü": [0xfc],
};

describe("decodeUtf8", () => {
  it("decodes valid text, astral characters and a literal U+FFFD", () => {
    expect(decodeUtf8(enc("é 🇺🇦 \uFFFD"))).toBe("é 🇺🇦 \uFFFD");
  });
  it.each(Object.entries(BAD))("refuses %s", (_name, bytes) => {
    expect(decodeUtf8(cat("ok ", bytes, " ok"))).toBeNull();
  });
});

describe("invalidUtf8Line", () => {
  it("is null for valid text", () => expect(invalidUtf8Line(enc("a\nb\r\nc\rd"))).toBeNull());
  it.each(Object.entries(BAD))("finds %s on its line, whatever the line breaks", (_name, bytes) => {
    expect(invalidUtf8Line(cat(bytes, "\n"))).toBe(1);
    expect(invalidUtf8Line(cat("a\nb\r\nc\rd ", bytes, "\ne"))).toBe(4);
    expect(invalidUtf8Line(cat("a\r\n\r\nx", bytes))).toBe(3);
  });
});

describe("invalidUtf8InJson", () => {
  const FIELDS = ["quote", "country", "reason", "title", "name", "note"];
  it.each(Object.entries(BAD))("names the field whose string value holds %s", (_name, bytes) => {
    for (const field of FIELDS) {
      const body = cat(`{"a":"valid \\"é\\" \\\\",`, `"${field}":"x`, bytes, `y","z":"\uFFFD ok"}`);
      expect(invalidUtf8InJson(body)).toEqual({ field });
    }
  });
  it("names the field of a list element, and of a nested value", () => {
    expect(invalidUtf8InJson(cat(`{"stance":"naval","contributions":["naval","`, [0xff], `"]}`))).toEqual({ field: "contributions" });
    expect(invalidUtf8InJson(cat(`{"x":{"y":"`, [0xc0, 0xaf], `"}}`))).toEqual({ field: "x" });
  });
  it("resolves escapes in the key it names", () => {
    expect(invalidUtf8InJson(cat(`{"q\\u0075ote":"`, [0xff], `"}`))).toEqual({ field: "quote" });
  });
  it("says when a key itself is invalid", () => {
    expect(invalidUtf8InJson(cat(`{"ok":"1","qu`, [0xff], `te":"x"}`))).toEqual({ fieldName: "qu\uFFFDte" });
  });
  it("is null outside any object string", () => {
    expect(invalidUtf8InJson(cat(`{"a":1`, [0xff], `}`))).toBeNull();
    expect(invalidUtf8InJson(cat(`["`, [0xff], `"]`))).toBeNull();
    expect(invalidUtf8InJson(enc(`{"a":"fine"}`))).toBeNull();
  });
});
