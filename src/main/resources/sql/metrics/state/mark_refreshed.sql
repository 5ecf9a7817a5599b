-- The stored metrics now match the data and this metric SQL.
UPDATE metric_state SET dirty = false, sql_hash = ?;
