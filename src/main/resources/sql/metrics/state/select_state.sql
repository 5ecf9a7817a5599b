-- The data generation, the generation the stored metrics were built from and the SQL fingerprint they were built with.
SELECT data_generation, metrics_generation, metrics_sql_hash FROM generations;
