-- Full-text search over statement versions (db/search/). Two FTS5 indexes over the same text, both
-- contentless (the text stays in statements and sources; the indexes hold only tokens), keyed by
-- the version row id (statements.id):
--   search_text   trigram tokenizer, case and diacritics folded: any substring of 3+ characters
--                 matches ("truppen" finds "Bodentruppen", "selensk" finds "Selenskyj");
--   search_words  unicode61 words, diacritics folded: for search words of 1-2 characters ("EU",
--                 "UK"), which a trigram index cannot match.
-- The document of a version: its quote, translation, speaker, note, and the titles and publishers
-- of every source it cites (primary first). One view defines it, so the rebuild below and the
-- triggers cannot disagree.
CREATE VIEW `search_documents` AS
SELECT s.`id` AS `id`, s.`quote` AS `quote`, s.`quote_translation` AS `quote_translation`, s.`speaker` AS `speaker`, s.`note` AS `note`,
  (SELECT group_concat(d.`t`, ' · ' ORDER BY d.`pos`) FROM (
     SELECT 0 AS `pos`, src.`title` || coalesce(' — ' || src.`publisher`, '') AS `t` FROM `sources` src WHERE src.`id` = s.`source_id`
     UNION ALL
     SELECT ss.`position`, ms.`title` || coalesce(' — ' || ms.`publisher`, '') FROM `statement_sources` ss
       JOIN `sources` ms ON ms.`id` = ss.`source_id` WHERE ss.`version_id` = s.`id`
   ) d) AS `sources`
FROM `statements` s;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_text` USING fts5(quote, quote_translation, speaker, note, sources,
  content = '', contentless_delete = 1, tokenize = 'trigram remove_diacritics 1');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_words` USING fts5(quote, quote_translation, speaker, note, sources,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
-- Rebuild: every existing version.
INSERT INTO `search_text` (rowid, quote, quote_translation, speaker, note, sources)
  SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents`;
--> statement-breakpoint
INSERT INTO `search_words` (rowid, quote, quote_translation, speaker, note, sources)
  SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents`;
--> statement-breakpoint
-- Kept in step by triggers: they run inside the statement that writes, so inside its transaction,
-- whichever code writes (the verbs, the import, the seed, a script); a failed write rolls back
-- the index with it. A new version (record, edit, retract, import) is an insert.
CREATE TRIGGER `search_statements_insert` AFTER INSERT ON `statements`
BEGIN
  INSERT INTO `search_text` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` = NEW.`id`;
  INSERT INTO `search_words` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
-- Versions are append-only (only superseded_at is stamped, which the index ignores), but a change
-- to an indexed column by any other code is followed too.
CREATE TRIGGER `search_statements_update` AFTER UPDATE OF `id`, `quote`, `quote_translation`, `speaker`, `note`, `source_id` ON `statements`
BEGIN
  DELETE FROM `search_text` WHERE rowid = OLD.`id`;
  DELETE FROM `search_words` WHERE rowid = OLD.`id`;
  INSERT INTO `search_text` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` = NEW.`id`;
  INSERT INTO `search_words` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_statements_delete` AFTER DELETE ON `statements`
BEGIN
  DELETE FROM `search_text` WHERE rowid = OLD.`id`;
  DELETE FROM `search_words` WHERE rowid = OLD.`id`;
END;
--> statement-breakpoint
-- A corroborating source linked to (or unlinked from) a version changes that version's document.
CREATE TRIGGER `search_statement_sources_insert` AFTER INSERT ON `statement_sources`
BEGIN
  DELETE FROM `search_text` WHERE rowid = NEW.`version_id`;
  DELETE FROM `search_words` WHERE rowid = NEW.`version_id`;
  INSERT INTO `search_text` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` = NEW.`version_id`;
  INSERT INTO `search_words` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` = NEW.`version_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_statement_sources_delete` AFTER DELETE ON `statement_sources`
BEGIN
  DELETE FROM `search_text` WHERE rowid = OLD.`version_id`;
  DELETE FROM `search_words` WHERE rowid = OLD.`version_id`;
  INSERT INTO `search_text` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` = OLD.`version_id`;
  INSERT INTO `search_words` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` = OLD.`version_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_statement_sources_update` AFTER UPDATE ON `statement_sources`
BEGIN
  DELETE FROM `search_text` WHERE rowid IN (OLD.`version_id`, NEW.`version_id`);
  DELETE FROM `search_words` WHERE rowid IN (OLD.`version_id`, NEW.`version_id`);
  INSERT INTO `search_text` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` IN (OLD.`version_id`, NEW.`version_id`);
  INSERT INTO `search_words` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents` WHERE `id` IN (OLD.`version_id`, NEW.`version_id`);
END;
--> statement-breakpoint
-- Sources are edited in place: every version citing the source (as primary or corroborating) is
-- re-indexed, so a corrected title is found wherever the source is cited.
CREATE TRIGGER `search_sources_update` AFTER UPDATE OF `title`, `publisher` ON `sources`
BEGIN
  DELETE FROM `search_text` WHERE rowid IN (SELECT `id` FROM `statements` WHERE `source_id` = NEW.`id` UNION SELECT `version_id` FROM `statement_sources` WHERE `source_id` = NEW.`id`);
  DELETE FROM `search_words` WHERE rowid IN (SELECT `id` FROM `statements` WHERE `source_id` = NEW.`id` UNION SELECT `version_id` FROM `statement_sources` WHERE `source_id` = NEW.`id`);
  INSERT INTO `search_text` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents`
    WHERE `id` IN (SELECT `id` FROM `statements` WHERE `source_id` = NEW.`id` UNION SELECT `version_id` FROM `statement_sources` WHERE `source_id` = NEW.`id`);
  INSERT INTO `search_words` (rowid, quote, quote_translation, speaker, note, sources)
    SELECT `id`, `quote`, `quote_translation`, `speaker`, `note`, `sources` FROM `search_documents`
    WHERE `id` IN (SELECT `id` FROM `statements` WHERE `source_id` = NEW.`id` UNION SELECT `version_id` FROM `statement_sources` WHERE `source_id` = NEW.`id`);
END;
