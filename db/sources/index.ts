/**
 * A source's one home: its fields and validation (validation.ts), reads (read.ts), how citations
 * find it (resolve.ts), and its write verbs (verbs.ts over versions.ts). App code imports from here.
 */
export * from "./read";
export { findSource, resolveSource, sourceExists, type NewSource, type SourceRef } from "./resolve";
export { baseVersionField, fillSourceValues, sourceFormSchema, SOURCE_FORM_FIELDS } from "./validation";
export { createSource, editSource, type SourceInput } from "./versions";
export { editSourceFromValues, recordSource, validSourceId } from "./verbs";
export { dedupeSources, listSourcesInView, type CitedSource, type Citing, type SourcesQuery } from "./cited-in-view";
