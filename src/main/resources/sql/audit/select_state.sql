-- The data generation, the generation the audit was last run on and the fingerprint of the rules it ran.
SELECT data_generation, audit_generation, audit_hash FROM generations;
