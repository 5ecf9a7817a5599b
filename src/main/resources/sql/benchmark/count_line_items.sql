-- How many money figures the benchmark's warehouse holds.
SELECT count(*) FROM line_item;
