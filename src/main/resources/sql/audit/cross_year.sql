-- A prior-year figure a disclosure states (or implies by a stated change) equals that year's own disclosure of the
-- same agency and kind, when it is loaded. Every table's stated changes count (line_items_by_year), not only the
-- five the trend metrics store. $1 rule_id, $2 severity, $3 rounding per figure (two figures).
INSERT INTO audit_result
SELECT $1, $2, p.disclosure_id,
       p.table_id || '.' || p.line_code || '.' || p.measure || ' in ' || p.figure_year,
       CASE WHEN abs(p.amount - o.amount) <= 2 * $3 THEN 'pass' ELSE 'fail' END,
       o.amount, p.amount, p.amount - o.amount, 2 * $3,
       'stated for ' || p.figure_year || ': ' || amount_text(p.amount)
           || coalesce(' (' || p.derivation || ')', '') || ' (line ' || p.source_line || '); '
           || o.disclosure_id || ' has ' || amount_text(o.amount) || ' (' || o.source_ref || ')'
FROM line_items_by_year p
JOIN disclosure d ON d.disclosure_id = p.disclosure_id
JOIN line_items o ON o.agency_id = p.agency_id AND o.kind = p.kind AND o.fiscal_year = p.figure_year
                 AND o.table_id = p.table_id AND o.line_code = p.line_code AND o.detail = p.detail
                 AND o.measure = p.measure AND o.stat = '' AND o.origin = 'table'
WHERE p.figure_year < d.fiscal_year AND p.amount IS NOT NULL AND o.amount IS NOT NULL;
