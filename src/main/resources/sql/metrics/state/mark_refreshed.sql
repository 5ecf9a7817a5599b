-- The stored metrics now match the data as it is in this transaction, and this metric SQL.
UPDATE generations SET metrics_generation = data_generation, metrics_sql_hash = ?;
