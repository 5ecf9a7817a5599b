-- A title or heading of another year than the document's: the document's title, a table's title or a heading of
-- the narrative (as stored with the figures stated under it) names years (2023年, 2023年度) and none of them is the
-- disclosure's fiscal year (a 2024 决算 titled 2023年度部门决算: a template or last year's file reused). One naming
-- no year has nothing to check. $1 rule_id, $2 severity, $3 unused by design.
INSERT INTO audit_result
WITH titles AS (
    SELECT disclosure_id, fiscal_year, 'title' AS place, title, 'the front matter' AS ref FROM disclosures
    WHERE title IS NOT NULL
    UNION ALL
    SELECT t.disclosure_id, d.fiscal_year, 'title of ' || t.table_id, t.title, 'line ' || t.source_line
    FROM disclosure_tables t JOIN disclosures d USING (disclosure_id)
    WHERE t.title IS NOT NULL
    UNION ALL
    SELECT disclosure_id, fiscal_year, 'heading', section, 'line ' || min(source_line)
    FROM (SELECT disclosure_id, fiscal_year, section, source_line FROM line_items
          UNION ALL SELECT disclosure_id, fiscal_year, section, source_line FROM facts)
    WHERE coalesce(section, '') <> ''
    GROUP BY disclosure_id, fiscal_year, section
), years AS (
    SELECT *, list_distinct(regexp_extract_all(title, '(20[0-9]{2}) *年', 1)) AS named FROM titles
)
SELECT $1, $2, disclosure_id, place || ': ' || title,
       CASE WHEN list_contains(named, fiscal_year::VARCHAR) THEN 'pass' ELSE 'fail' END,
       fiscal_year, NULL, NULL, $3 * 0,
       'the ' || place || ' (' || ref || ') names ' || array_to_string(list_sort(named), ', ')
           || CASE WHEN list_contains(named, fiscal_year::VARCHAR) THEN ''
                   ELSE ', not the disclosure''s year ' || fiscal_year END
FROM years
WHERE len(named) > 0;
