import { describe, expect, it } from "vitest";
import { ALLOW_HEADER, MAX_TARGET_LENGTH, refuseAtFront, targetProblem } from "@/lib/http/request-target";

describe("targetProblem", () => {
  it.each(["/", "/?a=1", "/api/v1/stances?date=2025-09-05", "/countries/FRA", "/a%20b", "/?q=%", "/?q=%FF", "/a//b", "/a/./b"])("accepts the path %j", (t) => {
    expect(targetProblem(t)).toBeNull();
  });
  it.each(["//", "//?a=1", "/\\", "//:99999/", "///x", "//evil.example/", "/\\evil.example", "/a\\b", "/%", "/%zz", "/statements/%FF", "http://x/", "https://evil.example/", "*", "x", "", undefined])(
    "refuses %j",
    (t) => {
      expect(targetProblem(t)).toEqual(expect.any(String));
    },
  );
});

describe("refuseAtFront", () => {
  it("answers 400 for a malformed target, 414 for a very long one", () => {
    expect(refuseAtFront("GET", "//")?.status).toBe(400);
    expect(refuseAtFront("POST", "http://x/")?.status).toBe(400);
    expect(refuseAtFront("GET", "/" + "a".repeat(MAX_TARGET_LENGTH))?.status).toBe(414);
    expect(refuseAtFront("GET", "/" + "a".repeat(MAX_TARGET_LENGTH - 2))).toBeNull();
  });
  it.each(["TRACE", "TRACK", "CONNECT", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "PURGE", "LINK", "trace", "BREW", ""])(
    "answers 405 with Allow for the method %j",
    (method) => {
      expect(refuseAtFront(method, "/")).toMatchObject({ status: 405, allow: ALLOW_HEADER });
      expect(refuseAtFront(method, "/api/v1/stances")).toMatchObject({ status: 405, allow: ALLOW_HEADER });
    },
  );
  it.each(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "get"])("passes %s on to the app", (method) => {
    expect(refuseAtFront(method, "/api/v1/stances?date=2025-01-01")).toBeNull();
  });
});
