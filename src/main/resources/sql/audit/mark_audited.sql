-- The audit now matches the data as it is in this transaction, and these rules.
UPDATE generations SET audit_generation = data_generation, audit_hash = ?;
