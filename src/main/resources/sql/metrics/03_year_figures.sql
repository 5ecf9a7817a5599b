-- A stored copy of the part of line_items_by_year the trend metrics read (三公, 机关运行经费, the 支出, 一般公共预算
-- and summary totals): money figures placed on the year they describe, prior years derived from stated changes.
CREATE OR REPLACE TABLE year_figure_store AS
SELECT * FROM line_items_by_year
WHERE table_id IN ('three_public', 'admin_running', 'expenditure', 'gpb_expenditure', 'summary');
