-- Export: one row per disclosure, partitioned by its fiscal year and its agency's province. province_code is the
-- GB/T 2260 province prefix of the region code (65 = 新疆): ASCII, so every engine reads the folder name back as
-- written (DuckDB percent-encodes a Chinese name byte by byte, which Hive-style readers decode as Latin-1).
SELECT d.*, left(a.region_code, 2) AS province_code
FROM disclosure d
LEFT JOIN agency a ON a.agency_id = d.agency_id
