-- The file each stored disclosure was loaded from, and that file's content hash (a renamed file is known by it).
SELECT source_file, content_sha256 FROM disclosure;
