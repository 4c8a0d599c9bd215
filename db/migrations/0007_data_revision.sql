CREATE TABLE `data_revision` (
	`id` integer PRIMARY KEY NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`stamp` text NOT NULL,
	CONSTRAINT "data_revision_single_row" CHECK("data_revision"."id" = 1)
);--> statement-breakpoint
-- The dataset revision (db/data-revision.ts): one row, moved in the writer's own transaction by
-- every change to a table a public view reads, whoever writes (server, CLI import, restore).
INSERT INTO `data_revision` (`id`, `revision`, `stamp`) VALUES (1, 0, lower(hex(randomblob(8))));--> statement-breakpoint
CREATE TRIGGER `data_revision_countries_insert` AFTER INSERT ON `countries` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_countries_update` AFTER UPDATE ON `countries` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_countries_delete` AFTER DELETE ON `countries` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_stance_categories_insert` AFTER INSERT ON `stance_categories` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_stance_categories_update` AFTER UPDATE ON `stance_categories` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_stance_categories_delete` AFTER DELETE ON `stance_categories` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_sources_insert` AFTER INSERT ON `sources` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_sources_update` AFTER UPDATE ON `sources` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_sources_delete` AFTER DELETE ON `sources` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_statements_insert` AFTER INSERT ON `statements` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_statements_update` AFTER UPDATE ON `statements` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_statements_delete` AFTER DELETE ON `statements` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_statement_sources_insert` AFTER INSERT ON `statement_sources` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_statement_sources_update` AFTER UPDATE ON `statement_sources` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_statement_sources_delete` AFTER DELETE ON `statement_sources` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_events_insert` AFTER INSERT ON `events` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_events_update` AFTER UPDATE ON `events` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_events_delete` AFTER DELETE ON `events` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_event_participants_insert` AFTER INSERT ON `event_participants` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_event_participants_update` AFTER UPDATE ON `event_participants` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `data_revision_event_participants_delete` AFTER DELETE ON `event_participants` BEGIN UPDATE `data_revision` SET `revision` = `revision` + 1, `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1; END;
