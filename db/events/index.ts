/**
 * An event's (summit's) one home: its fields and validation (validation.ts), reads (read.ts) and
 * write verbs (verbs.ts over versions.ts). App code imports from here.
 */
export * from "./read";
export { EVENT_FORM_FIELDS, EVENT_LIMITS, parseEventForm, parseParticipants, slugify, type EventFormField, type EventFormInput } from "./validation";
export { createEvent, editEvent, type EventInput } from "./versions";
export { editEventFromValues, recordEvent, validEventId } from "./verbs";
export { readGroup } from "./groups";
