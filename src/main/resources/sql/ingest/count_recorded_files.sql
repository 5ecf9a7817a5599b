-- How many of the chunk's files an earlier run recorded (none on a first load: their records need no delete).
SELECT count(*) FROM loaded_file WHERE source_file IN (SELECT source_file FROM stage_file);
