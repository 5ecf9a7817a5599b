-- Every percentage a disclosure states (stat pct, diff_pct, change_pct, change_executed_pct), with what the audit needs to recompute it:
-- half a unit of the precision it was stated with (86 -> 0.5, 80.98 -> 0.005) and its base split into table, line
-- and measure (a base without a table is in the figure's own table).
CREATE OR REPLACE VIEW stated_percentages AS
SELECT f.disclosure_id, f.table_id, f.line_code, f.detail, f.measure, f.stat, f.base, f.value AS stated,
       f.source_value, f.source_line, f.source_ref,
       CASE WHEN length(split_part(f.source_value, '.', 2)) = 0 THEN 0.5
            ELSE 0.5 / pow(10, length(split_part(f.source_value, '.', 2))) END AS half_unit,
       CASE WHEN length(string_split(f.base, ':')) = 3 THEN split_part(f.base, ':', 1) ELSE f.table_id END
           AS base_table,
       split_part(f.base, ':', -2) AS base_line,
       split_part(f.base, ':', -1) AS base_measure
FROM facts f
WHERE f.stat IN ('pct', 'diff_pct', 'change_pct', 'change_executed_pct') AND f.value IS NOT NULL;
