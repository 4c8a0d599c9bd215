CREATE TABLE `correction_suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer,
	`country_iso3` text,
	`body` text NOT NULL,
	`source_url` text,
	`email` text,
	`client_key` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`handled_by` text,
	`handled_at` integer,
	`reason` text,
	FOREIGN KEY (`country_iso3`) REFERENCES `countries`(`iso3`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "correction_suggestions_target" CHECK(("correction_suggestions"."statement_id" is null) <> ("correction_suggestions"."country_iso3" is null)),
	CONSTRAINT "correction_suggestions_status" CHECK("correction_suggestions"."status" in ('open', 'accepted', 'dismissed'))
);
--> statement-breakpoint
CREATE INDEX `correction_suggestions_status_idx` ON `correction_suggestions` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `correction_suggestions_client_idx` ON `correction_suggestions` (`client_key`,`created_at`);