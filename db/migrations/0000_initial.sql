CREATE TABLE `conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_a` integer NOT NULL,
	`organisation_b` integer NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`organisation_a`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_b`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conflicts_pair` ON `conflicts` (`organisation_a`,`organisation_b`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`job_title` text,
	`email` text,
	`phone` text,
	`language` text DEFAULT 'sl' NOT NULL,
	`gender` text,
	`active` integer DEFAULT true NOT NULL,
	`sort_key` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_organisation` ON `contacts` (`organisation_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`sector` text NOT NULL,
	`tax_number` text,
	`tax_number_foreign` integer DEFAULT false NOT NULL,
	`registration_number` text,
	`street` text,
	`postcode` text,
	`city` text,
	`country` text DEFAULT 'SI' NOT NULL,
	`website` text,
	`partner_since` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`notes` text,
	`sort_key` text NOT NULL,
	`search_key` text NOT NULL,
	`search_text` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `organisations_sort_key` ON `organisations` (`sort_key`);--> statement-breakpoint
CREATE INDEX `organisations_search_key` ON `organisations` (`search_key`);--> statement-breakpoint
CREATE INDEX `organisations_sector_status` ON `organisations` (`sector`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_tax_number` ON `organisations` (`tax_number`) WHERE tax_number IS NOT NULL;--> statement-breakpoint
CREATE TABLE `challenges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `challenges_round` ON `challenges` (`round_id`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text DEFAULT 'call' NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`notes` text,
	`rules` text
);
--> statement-breakpoint
CREATE INDEX `rounds_starts_on` ON `rounds` (`starts_on`);--> statement-breakpoint
CREATE TABLE `workshops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`title` text NOT NULL,
	`held_on` text,
	`capacity` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `workshops_round` ON `workshops` (`round_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`round_id` integer,
	`file_name` text NOT NULL,
	`sheet_name` text,
	`imported_at` text NOT NULL,
	`summary` text NOT NULL,
	`undone_at` text,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `nominations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`available_from` text,
	`available_to` text,
	`duration_days` integer,
	`preference_1` integer,
	`preference_2` integer,
	`preference_3` integer,
	`challenge_id` integer,
	`status` text DEFAULT 'nominated' NOT NULL,
	`consent` integer DEFAULT false NOT NULL,
	`notes` text,
	`import_batch_id` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`preference_1`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`preference_2`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`preference_3`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `nominations_round` ON `nominations` (`round_id`,`status`);--> statement-breakpoint
CREATE INDEX `nominations_person` ON `nominations` (`person_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`first_name` text,
	`last_name` text,
	`email` text,
	`phone` text,
	`job_title` text,
	`gender` text,
	`language` text DEFAULT 'sl' NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL,
	`anonymised_at` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_organisation` ON `people` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `people_email` ON `people` (`email`);--> statement-breakpoint
CREATE TABLE `offers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`places` integer NOT NULL,
	`available_from` text,
	`available_to` text,
	`department` text,
	`mentor_contact_id` integer,
	`languages` text,
	`import_batch_id` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offers_round` ON `offers` (`round_id`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`nomination_id` integer NOT NULL,
	`home_organisation_id` integer NOT NULL,
	`host_organisation_id` integer NOT NULL,
	`home_sector` text NOT NULL,
	`host_sector` text NOT NULL,
	`offer_id` integer,
	`mentor_contact_id` integer,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`driver` text,
	`status` text DEFAULT 'proposed' NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`override_reason` text,
	`days_actual` integer,
	`participant_rating` integer,
	`participant_feedback` text,
	`host_rating` integer,
	`host_feedback` text,
	`score` real,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`home_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`offer_id`) REFERENCES `offers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placements_round` ON `placements` (`round_id`,`status`);--> statement-breakpoint
CREATE INDEX `placements_home` ON `placements` (`home_organisation_id`);--> statement-breakpoint
CREATE INDEX `placements_host` ON `placements` (`host_organisation_id`);--> statement-breakpoint
CREATE INDEX `placements_starts_on` ON `placements` (`starts_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `placements_nomination` ON `placements` (`nomination_id`);--> statement-breakpoint
CREATE TABLE `team_members` (
	`team_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `team_members_pk` ON `team_members` (`team_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`challenge_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `teams_round` ON `teams` (`round_id`);--> statement-breakpoint
CREATE TABLE `workshop_attendance` (
	`workshop_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`attended` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshop_attendance_pk` ON `workshop_attendance` (`workshop_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`action` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `letter_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`language` text NOT NULL,
	`body` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`kind` text NOT NULL,
	`language` text NOT NULL,
	`reference` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`content_hash` text NOT NULL,
	`html` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `letters_reference_unique` ON `letters` (`reference`);--> statement-breakpoint
CREATE INDEX `letters_placement` ON `letters` (`placement_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
