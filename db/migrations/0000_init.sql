CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`country_iso3` text,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `countries` (
	`iso3` text PRIMARY KEY NOT NULL,
	`iso2` text NOT NULL,
	`numeric` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `countries_iso2_unique` ON `countries` (`iso2`);--> statement-breakpoint
CREATE UNIQUE INDEX `countries_numeric_unique` ON `countries` (`numeric`);--> statement-breakpoint
CREATE TABLE `event_participants` (
	`event_id` integer NOT NULL,
	`country_iso3` text NOT NULL,
	PRIMARY KEY(`event_id`, `country_iso3`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`place` text,
	`held_on` text NOT NULL,
	`summary` text,
	`quote` text,
	`quote_language` text,
	`source_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`url` text,
	`published_on` text,
	`language` text,
	`retrieved_on` text,
	`archived_url` text,
	`note` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sources_url_idx` ON `sources` (`url`);--> statement-breakpoint
CREATE INDEX `sources_title_publisher_idx` ON `sources` (`title`,`publisher`);--> statement-breakpoint
CREATE TABLE `stance_categories` (
	`key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`description` text NOT NULL,
	`colour` text NOT NULL,
	`rank` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stance_categories_rank_unique` ON `stance_categories` (`rank`);--> statement-breakpoint
CREATE TABLE `statements` (
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
	CONSTRAINT "statements_superseded_after_recorded" CHECK(superseded_at is null or superseded_at >= recorded_at)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statements_statement_version_uq` ON `statements` (`statement_id`,`version`);--> statement-breakpoint
CREATE INDEX `statements_current_asof_idx` ON `statements` (`country_iso3`,`stated_on`,`statement_id`) WHERE superseded_at is null and status = 'published';--> statement-breakpoint
CREATE INDEX `statements_known_asof_idx` ON `statements` (`country_iso3`,`stated_on`,`statement_id`,`recorded_at`);--> statement-breakpoint
CREATE INDEX `statements_source_idx` ON `statements` (`source_id`);--> statement-breakpoint
CREATE INDEX `statements_current_idx` ON `statements` (`statement_id`) WHERE superseded_at is null;