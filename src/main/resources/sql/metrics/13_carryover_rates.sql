-- Carry-over: 年末结转和结余 ÷ 总计 (收入支出总表), the share of the year's money not spent.
CREATE OR REPLACE VIEW carryover_rates_live AS
WITH pick AS (
    SELECT disclosure_id,
           max(amount) FILTER (WHERE line_code = 'carryover_end') AS carryover_end,
           max(amount) FILTER (WHERE line_code = 'expenditure_grand_total') AS grand_total
    FROM figures
    WHERE table_id = 'summary' AND measure = 'total' AND detail = ''
      AND line_code IN ('carryover_end', 'expenditure_grand_total')
    GROUP BY disclosure_id
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       p.disclosure_id, d.agency_id, d.fiscal_year, d.kind, p.carryover_end, p.grand_total,
       pct_of(p.carryover_end, p.grand_total) AS carryover_pct,
       '年末结转和结余 ÷ 总计 (收入支出总表)' AS formula
FROM pick p
JOIN disclosure_dims d USING (disclosure_id);

-- Materialized: carryover_rates reads a stored copy of carryover_rates_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE carryover_rates_store AS SELECT * FROM carryover_rates_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW carryover_rates AS
SELECT *, audit_flagged(disclosure_id, ['summary']) AS audit_flag,
       unproven_flagged(disclosure_id, ['summary']) AS unproven_flag FROM carryover_rates_store;

COMMENT ON VIEW carryover_rates IS '年末结转和结余 ÷ 总计. docs/metrics.md';
