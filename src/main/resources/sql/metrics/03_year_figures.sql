-- A stored copy of line_items_by_year (money figures placed on the year they describe, prior years derived from
-- stated changes), ordered so that metrics reading one table and line skip the rest.
CREATE OR REPLACE TABLE year_figure_store AS SELECT * FROM line_items_by_year ORDER BY table_id, line_code, measure;
