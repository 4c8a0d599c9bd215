ALTER TABLE `statements` ADD `approved_by` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `approved_at` integer;