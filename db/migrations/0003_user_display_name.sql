ALTER TABLE `users` ADD `display_name` text;--> statement-breakpoint
-- Existing accounts become "Editor N" in the order they were created.
UPDATE `users` SET `display_name` = 'Editor ' || (
  SELECT count(*) FROM `users` u2
  WHERE u2.`created_at` < `users`.`created_at` OR (u2.`created_at` = `users`.`created_at` AND u2.rowid <= `users`.rowid)
);
--> statement-breakpoint
-- better-auth inserts accounts without a display name: the next "Editor N".
CREATE TRIGGER `users_default_display_name` AFTER INSERT ON `users` WHEN NEW.`display_name` IS NULL
BEGIN
  UPDATE `users` SET `display_name` = 'Editor ' || (SELECT count(*) FROM `users`) WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
-- At least one admin who can sign in always remains, whatever code writes the change (the app,
-- better-auth, a script): demoting or disabling the last active admin is refused here.
CREATE TRIGGER `users_keep_an_active_admin_update` AFTER UPDATE OF `role`, `banned` ON `users`
WHEN OLD.`role` = 'admin' AND coalesce(OLD.`banned`, 0) = 0 AND (NEW.`role` <> 'admin' OR coalesce(NEW.`banned`, 0) <> 0)
  AND (SELECT count(*) FROM `users` WHERE `role` = 'admin' AND coalesce(`banned`, 0) = 0) = 0
BEGIN
  SELECT RAISE(ABORT, 'last active admin: at least one active admin must remain');
END;
--> statement-breakpoint
CREATE TRIGGER `users_keep_an_active_admin_delete` AFTER DELETE ON `users`
WHEN OLD.`role` = 'admin' AND coalesce(OLD.`banned`, 0) = 0
  AND (SELECT count(*) FROM `users` WHERE `role` = 'admin' AND coalesce(`banned`, 0) = 0) = 0
BEGIN
  SELECT RAISE(ABORT, 'last active admin: at least one active admin must remain');
END;
