CREATE TABLE `statement_sources` (
	`version_id` integer NOT NULL,
	`position` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`version_id`, `position`),
	FOREIGN KEY (`version_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statement_sources_position_positive" CHECK(position >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_sources_version_source_uq` ON `statement_sources` (`version_id`,`source_id`);--> statement-breakpoint
CREATE INDEX `statement_sources_source_idx` ON `statement_sources` (`source_id`);