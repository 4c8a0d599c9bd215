/** The audit log's one home: the entry every write appends (record.ts) and the reads of it (history.ts). */
export { recordAudit, type AuditEntry } from "./record";
export { lastChange, listAuditActors, listAuditEntries, type AuditEntryDto, type AuditFilter } from "./history";
