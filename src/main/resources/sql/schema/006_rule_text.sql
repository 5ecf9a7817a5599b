-- The Chinese text of each audit rule (audit/rules.csv text_zh), which the audit command and the report show.
-- Added to warehouses made before the column existed; the audit rebuilds audit_rule whole on every run.
ALTER TABLE audit_rule ADD COLUMN IF NOT EXISTS text_zh VARCHAR;
