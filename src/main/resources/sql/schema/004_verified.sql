-- Whether the extractor proved a figure by an identity of its table (docs/normalized-format.md, column verified):
-- 'proven', 'unproven' (no identity of the table holds it), 'failed' (an identity it is part of fails beyond
-- rounding); NULL for figures written by hand. Added to warehouses made before the column existed.
ALTER TABLE line_item ADD COLUMN IF NOT EXISTS verified VARCHAR;
ALTER TABLE fact ADD COLUMN IF NOT EXISTS verified VARCHAR;
