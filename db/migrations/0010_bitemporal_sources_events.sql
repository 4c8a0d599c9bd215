CREATE TABLE `event_versions` (
	`id` integer NOT NULL,
	`version` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`place` text,
	`held_on` text NOT NULL,
	`summary` text,
	`quote` text,
	`quote_language` text,
	`source_id` integer,
	`participants` text DEFAULT '[]' NOT NULL,
	`recorded_at` integer NOT NULL,
	`recorded_by` text NOT NULL,
	`superseded_at` integer,
	PRIMARY KEY(`id`, `version`),
	FOREIGN KEY (`id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "event_versions_superseded_after_recorded" CHECK(superseded_at is null or superseded_at >= recorded_at)
);
--> statement-breakpoint
CREATE INDEX `event_versions_known_idx` ON `event_versions` (`recorded_at`,`superseded_at`);--> statement-breakpoint
CREATE INDEX `event_versions_slug_idx` ON `event_versions` (`slug`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `source_versions` (
	`id` integer NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`url` text,
	`published_on` text,
	`language` text,
	`retrieved_on` text,
	`archived_url` text,
	`note` text,
	`recorded_at` integer NOT NULL,
	`recorded_by` text NOT NULL,
	`superseded_at` integer,
	PRIMARY KEY(`id`, `version`),
	FOREIGN KEY (`id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "source_versions_superseded_after_recorded" CHECK(superseded_at is null or superseded_at >= recorded_at)
);
--> statement-breakpoint
CREATE INDEX `source_versions_known_idx` ON `source_versions` (`id`,`recorded_at`);--> statement-breakpoint
-- Today's sources as their first versions. A version is recorded no later than the first statement
-- version or event that cites the source, so every view frozen at an earlier `known` that shows a
-- citation still finds it (a source edited in place before this migration keeps only its current
-- fields: the older ones are in the audit log).
INSERT INTO `source_versions` (`id`, `version`, `title`, `publisher`, `url`, `published_on`, `language`, `retrieved_on`, `archived_url`, `note`, `recorded_at`, `recorded_by`, `superseded_at`)
SELECT s.`id`, s.`version`, s.`title`, s.`publisher`, s.`url`, s.`published_on`, s.`language`, s.`retrieved_on`, s.`archived_url`, s.`note`,
  min(s.`created_at`,
      coalesce((SELECT min(st.`recorded_at`) FROM `statements` st WHERE st.`source_id` = s.`id`), s.`created_at`),
      coalesce((SELECT min(st.`recorded_at`) FROM `statement_sources` ss JOIN `statements` st ON st.`id` = ss.`version_id` WHERE ss.`source_id` = s.`id`), s.`created_at`),
      coalesce((SELECT min(e.`created_at`) FROM `events` e WHERE e.`source_id` = s.`id`), s.`created_at`)),
  s.`created_by`, NULL
FROM `sources` s;--> statement-breakpoint
-- Today's events as their first versions, recorded when the event was created, participants folded in.
INSERT INTO `event_versions` (`id`, `version`, `slug`, `name`, `place`, `held_on`, `summary`, `quote`, `quote_language`, `source_id`, `participants`, `recorded_at`, `recorded_by`, `superseded_at`)
SELECT e.`id`, e.`version`, e.`slug`, e.`name`, e.`place`, e.`held_on`, e.`summary`, e.`quote`, e.`quote_language`, e.`source_id`,
  (SELECT coalesce(json_group_array(p.`country_iso3`), '[]') FROM (SELECT `country_iso3` FROM `event_participants` WHERE `event_id` = e.`id` ORDER BY `country_iso3`) p),
  e.`created_at`, e.`created_by`, NULL
FROM `events` e;--> statement-breakpoint
CREATE TRIGGER `data_revision_source_versions_insert` AFTER INSERT ON `source_versions` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_source_versions_update` AFTER UPDATE ON `source_versions` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_source_versions_delete` AFTER DELETE ON `source_versions` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_event_versions_insert` AFTER INSERT ON `event_versions` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_event_versions_update` AFTER UPDATE ON `event_versions` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_event_versions_delete` AFTER DELETE ON `event_versions` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;
