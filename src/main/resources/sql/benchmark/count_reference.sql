-- Rows the reference load read.
SELECT count(*) FROM reference_load;
