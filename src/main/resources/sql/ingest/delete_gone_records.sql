-- Forgets what earlier runs recorded about files that are gone (their rejects and their load record).
DELETE FROM reject WHERE source_file IN (SELECT source_file FROM gone_file);
DELETE FROM loaded_file WHERE source_file IN (SELECT source_file FROM gone_file);
