-- A figure stated twice with two values: the same table, line, detail, measure, stat and base stated on more than
-- one line of the narrative (money and other figures alike) must be the same number, within the rounding of the
-- coarsest statement (17192万元 and 17191.52万元 agree; 207.54 and 123.92 do not). A figure stated once has
-- nothing to check; a narrative against its table is NARR-VS-TABLE's. When the statements of a disclosure read by
-- the extractor (its note says so) differ and one of them is, within its rounding, another figure of the same
-- disclosure (a class's 12789 read as the 财政拨款 total), the reading may have filed it under the wrong line: not
-- enough data, never a finding the reading may have made. A file normalized by hand was filed by a person: there
-- the same conflict is a finding (seed 000's kind of error: a figure copied from another line).
-- $1 rule_id, $2 severity, $3 unused by design (the precision of the statements is the tolerance).
INSERT INTO audit_result
WITH statements AS (
    SELECT s.disclosure_id, s.table_id, s.line_code, s.detail, s.measure, s.stat, s.base, s.amount AS value,
           s.source_line, s.source_ref, h.half, '' AS unit,
           CASE WHEN starts_with(coalesce(d.note, ''), 'extracted by ') THEN
           (SELECT min(o.table_id || '.' || o.line_code || '.' || o.measure || ' (' || o.source_ref || ')')
            FROM line_items o
            WHERE o.disclosure_id = s.disclosure_id AND o.stat = '' AND o.amount IS NOT NULL AND o.amount <> 0
              AND NOT (o.table_id = s.table_id AND o.line_code = s.line_code AND o.detail = s.detail
                       AND o.measure = s.measure)
              AND abs(o.amount - s.amount) <= h.half) END AS also_of
    FROM line_items s
    JOIN disclosures d ON d.disclosure_id = s.disclosure_id,
         LATERAL (SELECT (CASE WHEN contains(coalesce(s.source_value, ''), '.')
                               THEN 0.5 / pow(10, length(split_part(s.source_value, '.', 2))) ELSE 0.5 END)
                             * CASE s.source_unit WHEN '元' THEN 0.0001 WHEN '千元' THEN 0.1 WHEN '亿元' THEN 10000
                                                  ELSE 1 END AS half) h
    WHERE s.origin = 'narrative' AND s.amount IS NOT NULL
    UNION ALL
    SELECT disclosure_id, table_id, line_code, detail, measure, stat, base, value, source_line, source_ref,
           CASE WHEN contains(coalesce(source_value, ''), '.')
                THEN 0.5 / pow(10, length(split_part(source_value, '.', 2))) ELSE 0.5 END,
           ' ' || unit, NULL
    FROM facts
    WHERE origin = 'narrative' AND value IS NOT NULL
), figures_stated AS (
    SELECT disclosure_id, table_id, line_code, detail, measure, stat, base, min(value) AS low, max(value) AS high,
           max(half) AS tolerance, count(DISTINCT source_line) AS lines,
           string_agg(amount_text(value) || unit || ' (' || source_ref || ')', ', ' ORDER BY source_line) AS stated,
           string_agg(amount_text(value) || ' is also ' || also_of, '; ' ORDER BY source_line) AS explained
    FROM statements
    GROUP BY disclosure_id, table_id, line_code, detail, measure, stat, base
    HAVING count(DISTINCT source_line) >= 2
)
SELECT $1, $2, disclosure_id,
       table_id || '.' || line_code || '.' || measure || CASE WHEN stat = '' THEN '' ELSE ':' || stat END
           || CASE WHEN detail = '' THEN '' ELSE ' [' || detail || ']' END,
       CASE WHEN high - low <= tolerance THEN 'pass' WHEN explained IS NOT NULL THEN 'not_enough_data'
            ELSE 'fail' END,
       low, high, high - low, tolerance + $3 * 0,
       'stated ' || lines || ' times in the narrative: ' || stated
           || CASE WHEN high - low > tolerance AND explained IS NOT NULL
                   THEN '; ' || explained || ': possibly read under the wrong line' ELSE '' END
FROM figures_stated;
