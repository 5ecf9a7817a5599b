-- 政府采购: total, goods / works / services, and the shares awarded (决算) or reserved (预算) to 中小企业 and to
-- 小微企业, both ÷ 政府采购支出总额; small_micro_of_sme_pct = 小微企业 ÷ 中小企业.
CREATE OR REPLACE VIEW procurement_shares_live AS
WITH pick AS (
    SELECT disclosure_id,
           max(amount) FILTER (WHERE line_code = 'total') AS procurement_total,
           max(amount) FILTER (WHERE line_code = 'goods') AS goods,
           max(amount) FILTER (WHERE line_code = 'works') AS works,
           max(amount) FILTER (WHERE line_code = 'services') AS services,
           max(amount) FILTER (WHERE line_code = 'sme') AS sme,
           max(amount) FILTER (WHERE line_code = 'small_micro') AS small_micro
    FROM figures
    WHERE table_id = 'procurement' AND measure = 'total' AND detail = ''
    GROUP BY disclosure_id
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       p.disclosure_id, d.agency_id, d.fiscal_year, d.kind, p.procurement_total, p.goods, p.works, p.services,
       p.sme, p.small_micro, pct_of(p.sme, p.procurement_total) AS sme_share_pct,
       pct_of(p.small_micro, p.procurement_total) AS small_micro_share_pct,
       pct_of(p.small_micro, p.sme) AS small_micro_of_sme_pct,
       '中小企业 ÷ 政府采购支出总额; 小微企业 ÷ 政府采购支出总额; 小微企业 ÷ 中小企业' AS formula
FROM pick p
JOIN disclosure_dims d USING (disclosure_id);

-- Materialized: procurement_shares reads a stored copy of procurement_shares_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE procurement_shares_store AS SELECT * FROM procurement_shares_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW procurement_shares AS
SELECT *, audit_flagged(disclosure_id, ['procurement']) AS audit_flag,
       unproven_flagged(disclosure_id, ['procurement']) AS unproven_flag FROM procurement_shares_store;

COMMENT ON VIEW procurement_shares IS '政府采购 total and the shares of 中小企业 and 小微企业. docs/metrics.md';
