/**
 * The licence the tracker's data is offered under: the compilation, the coding (stances, commitment
 * levels, contributions, conditions, dates), the notes and the English translations. The quotes are
 * short excerpts of the cited publishers' texts, reproduced as quotations with their source; their
 * rights stay with those publishers, which is why the scope is spelled out wherever the licence is.
 * One home, so the data package, the API description and the methodology page cannot disagree.
 */
export const DATA_LICENCE = {
  /** SPDX identifier, as the Frictionless `licenses[].name` and OpenAPI `license.identifier` take it. */
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  path: "https://creativecommons.org/licenses/by/4.0/",
  scope:
    "Applies to the compilation, the coding, the notes and the translations. Quotes are short excerpts of the cited publishers' texts, reproduced as quotations with their source; their rights stay with those publishers.",
} as const;
