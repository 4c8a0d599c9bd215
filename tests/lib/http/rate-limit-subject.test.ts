import { describe, expect, it } from "vitest";
import { rateLimitSubject, UNKNOWN_CLIENT_SUBJECT } from "@/lib/http/rate-limit-subject";
import { bodyLimitFor, CORRECTION_POST_MAX_BYTES, FORM_POST_MAX_BYTES } from "@/lib/http/body-limits";

describe("rateLimitSubject", () => {
  it("is the address for IPv4, in every spelling of it", () => {
    for (const a of ["198.51.100.7", "198.51.100.7:5000", "::ffff:198.51.100.7", "[::ffff:c633:6407]:80"]) expect(rateLimitSubject(a), a).toBe("198.51.100.7");
  });
  it("is the /64 for IPv6, whatever the interface part and spelling", () => {
    const subjects = ["2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:DB8:1:2:0:0:0:abc", "[2001:db8:1:2::9]:443", "2001:db8:1:2::1%eth0"].map(rateLimitSubject);
    expect(new Set(subjects)).toEqual(new Set(["2001:db8:1:2::/64"]));
    expect(rateLimitSubject("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(rateLimitSubject("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitSubject("fe80::1:2:3:4")).toBe("fe80:0:0:0::/64");
  });
  it("is one shared subject when there is no address", () => {
    for (const a of [null, undefined, "", "garbage", "999.1.1.1"]) expect(rateLimitSubject(a)).toBe(UNKNOWN_CLIENT_SUBJECT);
  });
});

describe("the correction form's body limit", () => {
  it("applies to posts to statement and country pages, and only there", () => {
    for (const p of ["/statements/12", "/countries/FRA", "/statements/12/"]) expect(bodyLimitFor(p).bytes, p).toBe(CORRECTION_POST_MAX_BYTES);
    for (const p of ["/admin/statements/12/edit", "/admin/import", "/statements", "/countries"]) expect(bodyLimitFor(p).bytes, p).toBe(FORM_POST_MAX_BYTES);
  });
});
