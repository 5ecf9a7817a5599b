-- A renamed file: its load record moves to the new path (new path first, old path second).
UPDATE loaded_file SET source_file = ? WHERE source_file = ?;
