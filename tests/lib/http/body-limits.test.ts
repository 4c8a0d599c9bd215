import { describe, expect, it } from "vitest";
import {
  API_IMPORT_MAX_BYTES,
  BROWSER_IMPORT_MAX_FILE_BYTES,
  CLI_IMPORT_MAX_BYTES,
  FORM_POST_MAX_BYTES,
  JSON_BODY_MAX_BYTES,
  PROXY_BUFFER_BYTES,
  bodyLimitFor,
  declaredOver,
  formatBytes,
  readCapped,
  tooLargeMessage,
} from "@/lib/http/body-limits";
import { MAX_IMPORT_BYTES } from "@/db/statements";

function stream(sizes: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      sizes.forEach((n, i) => controller.enqueue(new Uint8Array(n).fill(i + 1)));
      controller.close();
    },
  });
}

describe("the limits", () => {
  it("are one per path, and the proxy's buffer is above every limit a proxied path has", () => {
    expect(bodyLimitFor("/api/v1/admin/import").bytes).toBe(API_IMPORT_MAX_BYTES);
    expect(bodyLimitFor("/api/v1/admin/statements").bytes).toBe(JSON_BODY_MAX_BYTES);
    expect(bodyLimitFor("/api/v1/admin/statements/3/retract").bytes).toBe(JSON_BODY_MAX_BYTES);
    expect(bodyLimitFor("/api/auth/sign-in/email").bytes).toBe(JSON_BODY_MAX_BYTES);
    expect(bodyLimitFor("/admin/import").bytes).toBe(FORM_POST_MAX_BYTES);
    // Proxied paths: a body Next cut at its buffer is still over the path's limit, so refused.
    for (const p of ["/api/v1/admin/statements", "/admin/import", "/api/v1/admin/import/", "/api/v1/admin/importx"]) {
      expect(bodyLimitFor(p).bytes).toBeLessThan(PROXY_BUFFER_BYTES);
    }
    // A browser-imported file fits in a form post with room for the multipart framing.
    expect(FORM_POST_MAX_BYTES - BROWSER_IMPORT_MAX_FILE_BYTES).toBeGreaterThanOrEqual(64 * 1024);
    expect(CLI_IMPORT_MAX_BYTES).toBe(MAX_IMPORT_BYTES);
    expect(API_IMPORT_MAX_BYTES).toBeLessThanOrEqual(CLI_IMPORT_MAX_BYTES);
  });

  it("are named in the refusal", () => {
    expect(formatBytes(20 * 1024 * 1024)).toBe("20 MiB");
    expect(formatBytes(512 * 1024)).toBe("512 KiB");
    expect(formatBytes(1000)).toBe("1000 bytes");
    expect(tooLargeMessage(bodyLimitFor("/api/v1/admin/import"))).toMatch(/limited to 20 MiB \(20971520 bytes\)/);
    expect(tooLargeMessage(bodyLimitFor("/admin/import"))).toMatch(/form submission is limited to 5 MiB/);
  });
});

describe("declaredOver", () => {
  it.each([
    [null, false],
    ["0", false],
    ["100", false],
    ["101", true],
    [" 101 ", true],
    ["abc", true],
    ["1e9", true],
  ])("Content-Length %s over 100: %s", (header, over) => {
    expect(declaredOver(header, 100)).toBe(over);
  });
});

describe("readCapped", () => {
  it("returns every byte of a body at the limit, in order", async () => {
    const read = await readCapped(stream([40, 60]), 100);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.bytes.length).toBe(100);
      expect(read.bytes[39]).toBe(1);
      expect(read.bytes[40]).toBe(2);
    }
  });
  it("refuses a body one byte over, however it is chunked", async () => {
    expect((await readCapped(stream([101]), 100)).ok).toBe(false);
    expect((await readCapped(stream([50, 50, 1]), 100)).ok).toBe(false);
    expect((await readCapped(stream(Array(101).fill(1)), 100)).ok).toBe(false);
  });
  it("stops reading at the first chunk over the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(10));
      },
    });
    expect((await readCapped(endless, 100)).ok).toBe(false);
    expect(pulled).toBeLessThan(15);
  });
  it("treats no body as empty", async () => {
    expect(await readCapped(null, 100)).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });
});
