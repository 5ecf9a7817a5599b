-- Records the chunk's files as read by this run.
INSERT INTO loaded_file SELECT * FROM stage_file;
