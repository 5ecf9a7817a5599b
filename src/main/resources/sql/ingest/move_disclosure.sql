-- A renamed file: the disclosure loaded from it now names the new path (new path first, old path second).
UPDATE disclosure SET source_file = ? WHERE source_file = ?;
