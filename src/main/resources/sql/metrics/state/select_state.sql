-- Whether the stored metrics need a rebuild, and the SQL fingerprint they were built with.
SELECT dirty, sql_hash FROM metric_state;
