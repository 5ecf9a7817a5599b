-- Removes every row of the replaced disclosures, so that a disclosure is never a mix of two versions.
DELETE FROM line_item WHERE disclosure_key IN (SELECT disclosure_key FROM replaced);
DELETE FROM fact WHERE disclosure_key IN (SELECT disclosure_key FROM replaced);
DELETE FROM disclosure_table WHERE disclosure_key IN (SELECT disclosure_key FROM replaced);
DELETE FROM disclosure WHERE disclosure_key IN (SELECT disclosure_key FROM replaced);
