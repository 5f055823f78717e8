CREATE TABLE `organisation_activity` (
	`organisation_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`year` integer NOT NULL,
	`sector` text NOT NULL,
	`latest_on` text NOT NULL,
	`latest_id` integer NOT NULL,
	`sent` integer NOT NULL,
	`hosted` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `year`, `round_id`, `sector`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisation_activity_year` ON `organisation_activity` (`year`,`organisation_id`,`sector`,`latest_on`,`latest_id`,`sent`,`hosted`);--> statement-breakpoint
CREATE INDEX `organisation_activity_round` ON `organisation_activity` (`round_id`,`organisation_id`);--> statement-breakpoint
DROP INDEX `placements_home`;--> statement-breakpoint
DROP INDEX `placements_host`;--> statement-breakpoint
DROP INDEX `placements_stats`;--> statement-breakpoint
DROP INDEX `placements_home_sector`;--> statement-breakpoint
DROP INDEX `placements_host_sector`;--> statement-breakpoint
ALTER TABLE `placements` ADD `person_id` integer;--> statement-breakpoint
ALTER TABLE `placements` ADD `gender` text;--> statement-breakpoint
CREATE INDEX `placements_counted_starts` ON `placements` (`starts_on`,`ends_on`,`days_actual`,`status`) WHERE status IN ('confirmed', 'completed');--> statement-breakpoint
CREATE INDEX `placements_counted_ends` ON `placements` (`ends_on`,`starts_on`,`status`) WHERE status IN ('confirmed', 'completed');--> statement-breakpoint
CREATE INDEX `placements_breakdown` ON `placements` (`status`,`home_sector`,`host_sector`,`driver`,`gender`,`starts_on`);--> statement-breakpoint
CREATE INDEX `placements_feedback` ON `placements` (`status`,`participant_rating`,`host_rating`,`starts_on`);--> statement-breakpoint
CREATE INDEX `placements_person` ON `placements` (`person_id`,`status`,`starts_on`);--> statement-breakpoint
-- Copies of the person and the gender on each placement, kept by the triggers below (statistics, issue 7).
UPDATE `placements` SET `person_id` = (SELECT n.person_id FROM nominations n WHERE n.id = placements.nomination_id);
--> statement-breakpoint
UPDATE `placements` SET `gender` = (SELECT pe.gender FROM people pe WHERE pe.id = placements.person_id);
--> statement-breakpoint
CREATE TRIGGER `placements_person_insert` AFTER INSERT ON `placements`
  WHEN NEW.person_id IS NOT (SELECT n.person_id FROM nominations n WHERE n.id = NEW.nomination_id)
    OR NEW.gender IS NOT (SELECT pe.gender FROM nominations n JOIN people pe ON pe.id = n.person_id WHERE n.id = NEW.nomination_id)
BEGIN
  UPDATE placements SET person_id = (SELECT n.person_id FROM nominations n WHERE n.id = NEW.nomination_id),
                        gender = (SELECT pe.gender FROM nominations n JOIN people pe ON pe.id = n.person_id WHERE n.id = NEW.nomination_id)
   WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `placements_person_nomination` AFTER UPDATE OF nomination_id ON `placements` BEGIN
  UPDATE placements SET person_id = (SELECT n.person_id FROM nominations n WHERE n.id = NEW.nomination_id),
                        gender = (SELECT pe.gender FROM nominations n JOIN people pe ON pe.id = n.person_id WHERE n.id = NEW.nomination_id)
   WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `nominations_person_placements` AFTER UPDATE OF person_id ON `nominations` BEGIN
  UPDATE placements SET person_id = NEW.person_id, gender = (SELECT pe.gender FROM people pe WHERE pe.id = NEW.person_id)
   WHERE nomination_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_gender_placements` AFTER UPDATE OF gender ON `people` BEGIN
  UPDATE placements SET gender = NEW.gender WHERE person_id = NEW.id AND gender IS NOT NEW.gender;
END;
--> statement-breakpoint
-- organisation_activity from the placements there are (per organisation, round, year and sector: the counts and the latest placement by start, then id).
INSERT INTO `organisation_activity` (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
SELECT org, round_id, year, sector, starts_on, id, sent, hosted FROM (
  SELECT org, round_id, year, sector, starts_on, id,
         sum(side = 0) OVER keyed AS sent, sum(side = 1) OVER keyed AS hosted,
         row_number() OVER (keyed ORDER BY starts_on DESC, id DESC) AS position
    FROM (SELECT home_organisation_id AS org, round_id, CAST(substr(p.starts_on, 1, 4) AS INTEGER) AS year, home_sector AS sector, starts_on, id, 0 AS side
            FROM placements p WHERE status IN ('confirmed', 'completed')
          UNION ALL
          SELECT host_organisation_id, round_id, CAST(substr(p.starts_on, 1, 4) AS INTEGER), host_sector, starts_on, id, 1
            FROM placements p WHERE status IN ('confirmed', 'completed'))
  WINDOW keyed AS (PARTITION BY org, round_id, year, sector))
 WHERE position = 1;
--> statement-breakpoint
CREATE TRIGGER `placements_activity_insert` AFTER INSERT ON `placements` WHEN NEW.status IN ('confirmed', 'completed') BEGIN
  INSERT INTO organisation_activity (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
  VALUES (NEW.home_organisation_id, NEW.round_id, CAST(substr(NEW.starts_on, 1, 4) AS INTEGER), NEW.home_sector, NEW.starts_on, NEW.id, 1, 0)
  ON CONFLICT (organisation_id, year, round_id, sector) DO UPDATE SET
    sent = sent + excluded.sent, hosted = hosted + excluded.hosted,
    latest_id = CASE WHEN (excluded.latest_on, excluded.latest_id) > (latest_on, latest_id) THEN excluded.latest_id ELSE latest_id END,
    latest_on = max(latest_on, excluded.latest_on);
  INSERT INTO organisation_activity (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
  VALUES (NEW.host_organisation_id, NEW.round_id, CAST(substr(NEW.starts_on, 1, 4) AS INTEGER), NEW.host_sector, NEW.starts_on, NEW.id, 0, 1)
  ON CONFLICT (organisation_id, year, round_id, sector) DO UPDATE SET
    sent = sent + excluded.sent, hosted = hosted + excluded.hosted,
    latest_id = CASE WHEN (excluded.latest_on, excluded.latest_id) > (latest_on, latest_id) THEN excluded.latest_id ELSE latest_id END,
    latest_on = max(latest_on, excluded.latest_on);
END;
--> statement-breakpoint
CREATE TRIGGER `placements_activity_delete` AFTER DELETE ON `placements` WHEN OLD.status IN ('confirmed', 'completed') BEGIN
  DELETE FROM organisation_activity WHERE organisation_id = OLD.home_organisation_id AND year = CAST(substr(OLD.starts_on, 1, 4) AS INTEGER) AND round_id = OLD.round_id AND sector = OLD.home_sector;
  INSERT INTO organisation_activity (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
  SELECT OLD.home_organisation_id, OLD.round_id, CAST(substr(OLD.starts_on, 1, 4) AS INTEGER), OLD.home_sector, latest.starts_on, latest.id, totals.sent, totals.hosted
    FROM (SELECT starts_on, id FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = OLD.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.home_sector = OLD.home_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = OLD.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.host_sector = OLD.home_sector)
          ORDER BY starts_on DESC, id DESC LIMIT 1) AS latest,
         (SELECT sum(side = 0) AS sent, sum(side = 1) AS hosted FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = OLD.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.home_sector = OLD.home_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = OLD.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.host_sector = OLD.home_sector)) AS totals;
  DELETE FROM organisation_activity WHERE organisation_id = OLD.host_organisation_id AND year = CAST(substr(OLD.starts_on, 1, 4) AS INTEGER) AND round_id = OLD.round_id AND sector = OLD.host_sector;
  INSERT INTO organisation_activity (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
  SELECT OLD.host_organisation_id, OLD.round_id, CAST(substr(OLD.starts_on, 1, 4) AS INTEGER), OLD.host_sector, latest.starts_on, latest.id, totals.sent, totals.hosted
    FROM (SELECT starts_on, id FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = OLD.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.home_sector = OLD.host_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = OLD.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.host_sector = OLD.host_sector)
          ORDER BY starts_on DESC, id DESC LIMIT 1) AS latest,
         (SELECT sum(side = 0) AS sent, sum(side = 1) AS hosted FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = OLD.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.home_sector = OLD.host_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = OLD.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.host_sector = OLD.host_sector)) AS totals;
END;
--> statement-breakpoint
CREATE TRIGGER `placements_activity_update_old` AFTER UPDATE OF status, starts_on, round_id, home_organisation_id, host_organisation_id, home_sector, host_sector ON `placements` WHEN OLD.status IN ('confirmed', 'completed') BEGIN
  DELETE FROM organisation_activity WHERE organisation_id = OLD.home_organisation_id AND year = CAST(substr(OLD.starts_on, 1, 4) AS INTEGER) AND round_id = OLD.round_id AND sector = OLD.home_sector;
  INSERT INTO organisation_activity (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
  SELECT OLD.home_organisation_id, OLD.round_id, CAST(substr(OLD.starts_on, 1, 4) AS INTEGER), OLD.home_sector, latest.starts_on, latest.id, totals.sent, totals.hosted
    FROM (SELECT starts_on, id FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = OLD.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.home_sector = OLD.home_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = OLD.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.host_sector = OLD.home_sector)
          ORDER BY starts_on DESC, id DESC LIMIT 1) AS latest,
         (SELECT sum(side = 0) AS sent, sum(side = 1) AS hosted FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = OLD.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.home_sector = OLD.home_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = OLD.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.host_sector = OLD.home_sector)) AS totals;
  DELETE FROM organisation_activity WHERE organisation_id = OLD.host_organisation_id AND year = CAST(substr(OLD.starts_on, 1, 4) AS INTEGER) AND round_id = OLD.round_id AND sector = OLD.host_sector;
  INSERT INTO organisation_activity (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
  SELECT OLD.host_organisation_id, OLD.round_id, CAST(substr(OLD.starts_on, 1, 4) AS INTEGER), OLD.host_sector, latest.starts_on, latest.id, totals.sent, totals.hosted
    FROM (SELECT starts_on, id FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = OLD.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.home_sector = OLD.host_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = OLD.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.host_sector = OLD.host_sector)
          ORDER BY starts_on DESC, id DESC LIMIT 1) AS latest,
         (SELECT sum(side = 0) AS sent, sum(side = 1) AS hosted FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = OLD.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.home_sector = OLD.host_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = OLD.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(OLD.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(OLD.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = OLD.round_id AND p.host_sector = OLD.host_sector)) AS totals;
END;
--> statement-breakpoint
CREATE TRIGGER `placements_activity_update_new` AFTER UPDATE OF status, starts_on, round_id, home_organisation_id, host_organisation_id, home_sector, host_sector ON `placements` WHEN NEW.status IN ('confirmed', 'completed') BEGIN
  DELETE FROM organisation_activity WHERE organisation_id = NEW.home_organisation_id AND year = CAST(substr(NEW.starts_on, 1, 4) AS INTEGER) AND round_id = NEW.round_id AND sector = NEW.home_sector;
  INSERT INTO organisation_activity (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
  SELECT NEW.home_organisation_id, NEW.round_id, CAST(substr(NEW.starts_on, 1, 4) AS INTEGER), NEW.home_sector, latest.starts_on, latest.id, totals.sent, totals.hosted
    FROM (SELECT starts_on, id FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = NEW.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(NEW.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(NEW.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = NEW.round_id AND p.home_sector = NEW.home_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = NEW.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(NEW.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(NEW.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = NEW.round_id AND p.host_sector = NEW.home_sector)
          ORDER BY starts_on DESC, id DESC LIMIT 1) AS latest,
         (SELECT sum(side = 0) AS sent, sum(side = 1) AS hosted FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = NEW.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(NEW.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(NEW.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = NEW.round_id AND p.home_sector = NEW.home_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = NEW.home_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(NEW.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(NEW.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = NEW.round_id AND p.host_sector = NEW.home_sector)) AS totals;
  DELETE FROM organisation_activity WHERE organisation_id = NEW.host_organisation_id AND year = CAST(substr(NEW.starts_on, 1, 4) AS INTEGER) AND round_id = NEW.round_id AND sector = NEW.host_sector;
  INSERT INTO organisation_activity (organisation_id, round_id, year, sector, latest_on, latest_id, sent, hosted)
  SELECT NEW.host_organisation_id, NEW.round_id, CAST(substr(NEW.starts_on, 1, 4) AS INTEGER), NEW.host_sector, latest.starts_on, latest.id, totals.sent, totals.hosted
    FROM (SELECT starts_on, id FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = NEW.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(NEW.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(NEW.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = NEW.round_id AND p.home_sector = NEW.host_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = NEW.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(NEW.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(NEW.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = NEW.round_id AND p.host_sector = NEW.host_sector)
          ORDER BY starts_on DESC, id DESC LIMIT 1) AS latest,
         (SELECT sum(side = 0) AS sent, sum(side = 1) AS hosted FROM (
        SELECT 0 AS side, p.home_sector AS sector, p.starts_on, p.id FROM placements p
         WHERE p.home_organisation_id = NEW.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(NEW.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(NEW.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = NEW.round_id AND p.home_sector = NEW.host_sector
        UNION ALL
        SELECT 1, p.host_sector, p.starts_on, p.id FROM placements p
         WHERE p.host_organisation_id = NEW.host_organisation_id AND p.status IN ('confirmed', 'completed') AND p.starts_on >= substr(NEW.starts_on, 1, 4) || '-01-01' AND p.starts_on < (substr(NEW.starts_on, 1, 4) + 1) || '-01-01' AND p.round_id = NEW.round_id AND p.host_sector = NEW.host_sector)) AS totals;
END;
