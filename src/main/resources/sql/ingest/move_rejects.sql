-- A renamed file: the rejects recorded for it now name the new path (new path first, old path second).
UPDATE reject SET source_file = ? WHERE source_file = ?;
