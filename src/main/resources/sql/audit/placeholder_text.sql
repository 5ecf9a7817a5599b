-- A template's placeholder left in what a disclosure publishes: the agency's name, the document's title, a table's
-- title, a narrative heading or a project name matching the pattern $4 (XX局, ××单位, 某某). One failed check per
-- text that has one; a disclosure without any is one passed check (its agency name is always there).
-- $1 rule_id, $2 severity, $3 unused by design (text, no tolerance), $4 the pattern (a regular expression).
INSERT INTO audit_result
WITH texts AS (
    SELECT disclosure_id, 'agency name' AS place, agency_name AS text, 'the registry' AS ref FROM disclosures
    UNION ALL
    SELECT disclosure_id, 'title', title, 'the front matter' FROM disclosures WHERE title IS NOT NULL
    UNION ALL
    SELECT disclosure_id, 'title of ' || table_id, title, 'line ' || source_line FROM disclosure_tables
    WHERE title IS NOT NULL
    UNION ALL
    SELECT disclosure_id, 'heading', section, 'line ' || min(source_line)
    FROM (SELECT disclosure_id, section, source_line FROM line_items
          UNION ALL SELECT disclosure_id, section, source_line FROM facts)
    WHERE coalesce(section, '') <> '' GROUP BY disclosure_id, section
    UNION ALL
    SELECT disclosure_id, 'project name', detail, 'line ' || min(source_line)
    FROM (SELECT disclosure_id, detail, source_line FROM line_items
          UNION ALL SELECT disclosure_id, detail, source_line FROM facts)
    WHERE detail <> '' AND NOT starts_with(detail, '#') GROUP BY disclosure_id, detail
), judged AS (
    SELECT DISTINCT disclosure_id, place, text, ref, regexp_matches(text, $4) AS leftover FROM texts
)
SELECT $1, $2, disclosure_id, place || ': ' || text, 'fail', NULL, NULL, NULL, $3 * 0,
       'the ' || place || ' (' || ref || ') keeps a template placeholder: ' || text
FROM judged WHERE leftover
UNION ALL
SELECT $1, $2, disclosure_id, 'names and titles', 'pass', NULL, NULL, NULL, $3 * 0,
       count(*) || ' names, titles and headings without a placeholder'
FROM judged GROUP BY disclosure_id HAVING NOT bool_or(leftover);
