-- What earlier runs read: lets this run skip files that did not change.
SELECT source_file, content_sha256, rules_version, disclosure_id, status FROM loaded_file;
