/**
 * The parts of citation-js (@citation-js/core 0.8, plugin-csl, plugin-bibtex) that the tracker
 * uses; the packages ship no types. app/_lib/cite/render.ts is the only caller.
 */
declare module "@citation-js/core" {
  type FormatOptions = { format?: "text" | "html" | "object" | "string"; template?: string; lang?: string };
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    data: Record<string, unknown>[];
    format(name: "bibliography" | "citation" | "bibtex" | "biblatex" | "data", options?: FormatOptions): string;
  }
  export const plugins: {
    config: { get(name: "@csl"): { styles: { add(name: string, style: unknown): void; has(name: string): boolean } } };
    input: { chain(data: unknown, options?: Record<string, unknown>): Record<string, unknown>[] };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
