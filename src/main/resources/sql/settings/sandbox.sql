-- Settings of a connection that runs SQL a user typed (sql, query), applied after settings/read.sql, when the
-- connection has everything the tool itself needs. DuckDB can read and write files from SQL: COPY … TO, EXPORT
-- DATABASE, IMPORT DATABASE, ATTACH, INSTALL and LOAD, and the table functions read_csv, read_text, read_blob, glob
-- and their kin. With external access off all of them are refused, except on the paths DuckDB keeps for itself: the
-- warehouse file and its WAL, and its temporary folder, where large sorts spill (the sql command runs only a
-- SELECT, so nothing can be written there either).
SET enable_external_access = false;
-- Last: no SET, RESET or PRAGMA can change a setting from here on, so the memory cap stays and file access stays
-- off (the profiling output, the temporary folder and the extension folder are settings too).
SET lock_configuration = true;
