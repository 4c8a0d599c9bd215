CREATE TABLE `review_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`statement_id` integer,
	`base_version` integer,
	`country_iso3` text,
	`payload` text NOT NULL,
	`author` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`reviewed_by` text,
	`reviewed_at` integer,
	`review_reason` text,
	`published` text,
	CONSTRAINT "review_drafts_status_check" CHECK("review_drafts"."status" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE INDEX `review_drafts_status_idx` ON `review_drafts` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `review_drafts_statement_idx` ON `review_drafts` (`statement_id`);