CREATE TABLE `erasures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email_hash` text NOT NULL,
	`erased_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `erasures_email_hash_unique` ON `erasures` (`email_hash`);--> statement-breakpoint
CREATE TABLE `proposal_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`placements` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `proposal_snapshots_round` ON `proposal_snapshots` (`round_id`,`id`);--> statement-breakpoint
ALTER TABLE `nominations` ADD `consent_on` text;--> statement-breakpoint
ALTER TABLE `nominations` ADD `consent_method` text;--> statement-breakpoint
ALTER TABLE `nominations` ADD `consent_withdrawn_on` text;--> statement-breakpoint
ALTER TABLE `nominations` ADD `withdrawn_reason` text;--> statement-breakpoint
ALTER TABLE `nominations` ADD `withdrawn_on` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `origin` text;--> statement-breakpoint
ALTER TABLE `letters` ADD `reissue_of` integer;--> statement-breakpoint
ALTER TABLE `letters` ADD `reissue_reason` text;--> statement-breakpoint
UPDATE `nominations` SET `consent_method` = 'file', `consent_on` = (SELECT substr(`imported_at`, 1, 10) FROM `import_batches` b WHERE b.`id` = `nominations`.`import_batch_id`) WHERE `consent` = 1;
