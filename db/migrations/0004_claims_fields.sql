PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`version` integer NOT NULL,
	`country_iso3` text NOT NULL,
	`stated_on` text NOT NULL,
	`stated_on_precision` text NOT NULL,
	`stance` text NOT NULL,
	`contributions` text DEFAULT '[]' NOT NULL,
	`conditions` text,
	`quote` text,
	`quote_language` text,
	`quote_translation` text,
	`translation_by` text,
	`speaker` text,
	`source_id` integer NOT NULL,
	`confidence` text NOT NULL,
	`note` text,
	`status` text DEFAULT 'published' NOT NULL,
	`change_reason` text,
	`recorded_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`recorded_by` text NOT NULL,
	`superseded_at` integer,
	FOREIGN KEY (`country_iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stance`) REFERENCES `stance_categories`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_stated_on_format" CHECK(stated_on glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "statements_superseded_after_recorded" CHECK(superseded_at is null or superseded_at >= recorded_at),
	CONSTRAINT "statements_translation_by" CHECK(translation_by is null or (quote_translation is not null and translation_by in ('editor', 'machine')))
);
--> statement-breakpoint
INSERT INTO `__new_statements`("id", "statement_id", "version", "country_iso3", "stated_on", "stated_on_precision", "stance", "contributions", "conditions", "quote", "quote_language", "quote_translation", "translation_by", "speaker", "source_id", "confidence", "note", "status", "change_reason", "recorded_at", "recorded_by", "superseded_at") SELECT "id", "statement_id", "version", "country_iso3", "stated_on", "stated_on_precision", "stance", "contributions", "conditions", "quote", "quote_language", NULL, NULL, "speaker", "source_id", "confidence", "note", "status", "change_reason", "recorded_at", "recorded_by", "superseded_at" FROM `statements`;--> statement-breakpoint
DROP TABLE `statements`;--> statement-breakpoint
ALTER TABLE `__new_statements` RENAME TO `statements`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `statements_statement_version_uq` ON `statements` (`statement_id`,`version`);--> statement-breakpoint
CREATE INDEX `statements_current_asof_idx` ON `statements` (`country_iso3`,`stated_on`,`statement_id`) WHERE superseded_at is null and status = 'published';--> statement-breakpoint
CREATE INDEX `statements_known_asof_idx` ON `statements` (`country_iso3`,`stated_on`,`statement_id`,`recorded_at`);--> statement-breakpoint
CREATE INDEX `statements_future_dated_idx` ON `statements` (`country_iso3`,`stated_on`,`statement_id`) WHERE stated_on > date(recorded_at / 1000, 'unixepoch');--> statement-breakpoint
CREATE INDEX `statements_source_idx` ON `statements` (`source_id`);--> statement-breakpoint
CREATE INDEX `statements_current_idx` ON `statements` (`statement_id`) WHERE superseded_at is null;