-- Forgets what earlier runs recorded about the chunk's files (their rejects and their load record).
DELETE FROM reject WHERE source_file IN (SELECT source_file FROM stage_file);
DELETE FROM loaded_file WHERE source_file IN (SELECT source_file FROM stage_file);
