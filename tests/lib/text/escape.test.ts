/**
 * One escaping rule for every piece of markup written by hand (lib/text/escape.ts). Each caller's
 * output is attacked with the whole class (the five special characters, markup, and text that is
 * already escaped) and read back by a real parser: the text comes back exactly, and nothing in it
 * became an element or an attribute. Each caller also writes the five characters the same way.
 */
import { describe, expect, it } from "vitest";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { escapeMarkup } from "@/lib/text/escape";
import { highlightHtml } from "@/lib/search/highlight";
import { composePicture } from "@/lib/pictures/picture";
import { barsBody } from "@/lib/pictures/drawings";
import { EMBED_KINDS, embedUrl, iframeCode } from "@/lib/url/embed-code";
import { atomFeed, entryTitle } from "@/lib/feed/atom";
import type { FeedStatement } from "@/lib/feed/position-changes";
import type { StanceKey } from "@/lib/types";

/** Each special character alone, together, as markup and as text that is already escaped. */
const HOSTILE = [
  "&",
  "<",
  ">",
  '"',
  "'",
  `Tom & Jerry's "<b>bold</b>" > 1`,
  `"><script>window.__pwned=1</script>`,
  `' onmouseover='alert(1)`,
  "&lt;b&gt; &amp; &quot; &#39; &apos; &#x3C;",
  "<![CDATA[x]]> <!-- c --> <?pi x?>",
];

/** How the one rule writes each special character: every caller's output must use these forms. */
const FORMS = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" } as const;

/** Parses well-formed markup (throws on a fatal error) and lists every element's name. */
function parse(xml: string, type: "text/xml" | "image/svg+xml" = "text/xml") {
  const doc = new DOMParser({ onError: (level, message) => { if (level !== "warning") throw new Error(message); } }).parseFromString(xml, type);
  const names = Array.from(doc.getElementsByTagName("*")).map((e) => e.localName ?? "");
  return { doc, names };
}

/** The text content of every element named `tag`. */
function texts(root: { getElementsByTagName(tag: string): ArrayLike<Element> }, tag: string): string[] {
  return Array.from(root.getElementsByTagName(tag)).map((e) => e.textContent ?? "");
}

describe("escapeMarkup", () => {
  it("writes each special character as its reference, and escapes already-escaped text again", () => {
    for (const [c, ref] of Object.entries(FORMS)) expect(escapeMarkup(`a${c}b`)).toBe(`a${ref}b`);
    expect(escapeMarkup("&lt;&amp;&#39;")).toBe("&amp;lt;&amp;amp;&amp;#39;");
    expect(escapeMarkup("plain text, ünïcode 🇺🇦")).toBe("plain text, ünïcode 🇺🇦");
  });

  it("is read back as the same text in a text node and in either kind of quoted attribute", () => {
    for (const text of HOSTILE) {
      const { doc, names } = parse(`<r a="${escapeMarkup(text)}" b='${escapeMarkup(text)}'>${escapeMarkup(text)}</r>`);
      expect(names, text).toEqual(["r"]);
      const r = doc.documentElement!;
      expect([r.textContent, r.getAttribute("a"), r.getAttribute("b")], text).toEqual([text, text, text]);
    }
  });
});

describe("every caller's output", () => {
  it("search highlights: the text comes back, only <mark> elements are made, the forms are the rule's", () => {
    for (const text of HOSTILE) {
      for (const terms of [[], ["script"], ["amp"], ["b"]]) {
        const html = highlightHtml(`${text} script amp b`, terms);
        const { doc, names } = parse(`<div>${html}</div>`);
        expect(names.filter((n) => n !== "mark"), html).toEqual(["div"]);
        expect(doc.documentElement!.textContent, html).toBe(`${text} script amp b`);
      }
    }
    expect(highlightHtml(`&<>"'`, [])).toBe(Object.values(FORMS).join(""));
  });

  it("pictures: every text of the SVG (title, date, legend, notes, assumptions, source, bars) comes back as written", () => {
    for (const text of HOSTILE) {
      const svg = composePicture({
        title: `Title ${text}`,
        dateLine: `as of ${text}`,
        body: barsBody([{ label: `Bar ${text}`, count: 3, colour: "#0072B2" }]),
        legend: [{ label: `Legend ${text}`, colour: "#0072B2", count: 2 }],
        notes: [`Note ${text}`],
        assumptions: [`Assumed ${text}`],
        permalink: `https://tracker.example/?q=${text}`,
      });
      const { doc, names } = parse(svg, "image/svg+xml");
      expect(new Set(names), text).toEqual(new Set(["svg", "title", "rect", "g", "text"]));
      expect(texts(doc, "title"), text).toEqual([`Title ${text}, as of ${text}`]);
      // Wrapping splits on white space: joined again, each line's text is the text given.
      const shown = texts(doc, "text").join(" ");
      for (const part of [`Title ${text}`, `as of ${text}`, `Bar ${text}`, `Legend ${text}: 2`, `Note ${text}`, `Assumed ${text}`, `tracker.example/?q=${text}`]) {
        expect(shown, text).toContain(part.replace(/\s+/g, " "));
      }
    }
    expect(composePicture({ title: `&<>"'`, dateLine: "", body: { width: 1, height: 1, svg: "" }, legend: [], notes: [], assumptions: [], permalink: "" })).toContain(
      `<title>${Object.values(FORMS).join("")}, </title>`,
    );
  });

  it("embed code: the iframe's src is the embed URL exactly, whatever the origin holds, and nothing else is made", () => {
    const params = { date: "2025-09-04", group: "nato", official: true } as Parameters<typeof iframeCode>[2];
    for (const text of HOSTILE) {
      const origin = `https://tracker.example/${text}`;
      for (const kind of EMBED_KINDS) {
        const code = iframeCode(origin, kind, params);
        const { doc, names } = parse(code);
        expect(names, code).toEqual(["iframe"]);
        expect(doc.documentElement!.getAttribute("src"), code).toBe(embedUrl(origin, kind, params));
      }
    }
    expect(iframeCode(`https://x.example/&<>"'`, "map", params)).toContain(`src="https://x.example/${Object.values(FORMS).join("")}/embed/map?`);
  });

  it("Atom feed: the entry's HTML content shows each field's text as written and makes only its own elements", () => {
    for (const text of HOSTILE) {
      const labels = Object.fromEntries(["troops", "air_sea", "logistics", "backing", "undecided", "refusal", "no_deploy"].map((k) => [k, `Label ${k} ${text}`])) as Record<StanceKey, string>;
      const statement: FeedStatement = {
        id: 7,
        countryIso3: "FRA",
        countryName: `Côte d'Ivoire ${text}`,
        statedOn: "2025-09-04",
        statedOnPrecision: "day",
        stance: "troops",
        commitment: null,
        quote: `Quote ${text}`,
        quoteLanguage: `fr${text}`,
        quoteTranslation: `Translation ${text}`,
        speaker: `Speaker ${text}`,
        changeReason: `Reason ${text}`,
        recordedAt: "2025-09-05T10:00:00.000Z",
        source: { title: `Source ${text}`, publisher: null, url: `https://news.example/a?b=1&c=${encodeURIComponent(text)}`, publishedOn: null },
      };
      for (const entry of [{ kind: "change" as const, from: null, statement }, { kind: "retraction" as const, statement }]) {
        const xml = atomFeed([entry], { origin: "https://tracker.example", self: "/feed.atom", title: "Feed", labels, updated: new Date("2025-09-06T00:00:00Z") });
        // The whole document is well-formed (parse throws otherwise), whatever the names and labels hold.
        const feedDoc = parse(xml).doc;
        const content = texts(feedDoc, "content");
        // Title and summary are type="html": read as HTML, each is its text as written, no element in it.
        const entryEl = feedDoc.getElementsByTagName("entry")[0]!;
        for (const tag of ["title", "summary"]) {
          expect(entryEl.getElementsByTagName(tag)[0]!.getAttribute("type"), tag).toBe("html");
          const inner = parse(`<div>${texts(entryEl, tag)[0]}</div>`);
          expect(inner.names, `${tag}: ${text}`).toEqual(["div"]);
          expect(inner.doc.documentElement!.textContent, `${tag}: ${text}`).toContain(entryTitle(entry, labels));
        }
        // A category label, where there is one, reads back as the name it was given.
        for (const c of Array.from(entryEl.getElementsByTagName("category"))) {
          if (c.hasAttribute("label")) expect([statement.countryName, labels.troops, "Retraction"], text).toContain(c.getAttribute("label"));
        }
        expect(content.length, text).toBe(1);
        const html = parse(`<div>${content[0]}</div>`);
        expect(html.names.filter((n) => !["div", "p", "strong", "blockquote", "a"].includes(n)), content[0]).toEqual([]);
        const shown = html.doc.documentElement!.textContent ?? "";
        for (const part of [`Côte d'Ivoire ${text} (FRA)`, `Quote ${text}`, `Speaker ${text}`, `Translation ${text}`, `Source ${text}`]) expect(shown, text).toContain(part);
        if (entry.kind === "retraction") expect(shown, text).toContain(`Reason ${text}`);
        expect(Array.from(html.doc.getElementsByTagName("blockquote")).map((b) => b.getAttribute("lang")), text).toEqual([`fr${text}`]);
        expect(Array.from(html.doc.getElementsByTagName("a"))[0]!.getAttribute("href"), text).toBe(statement.source.url);
        expect(content[0], text).toContain(`<blockquote lang="fr${escapeMarkup(text)}">`);
      }
    }
  });
});
