/**
 * Full-text search over statement versions. The index itself (two FTS5 tables, filled and kept in
 * step by the triggers of migration 0006) needs no code here: every write to statements,
 * statement_sources and sources updates it inside its own transaction.
 */
export { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT, searchIdsQuery, searchStatements, type SearchOptions, type SearchPage } from "./query";
