-- What the stored metrics and the audit were computed from. data_generation counts the committed changes of the
-- loaded data: every transaction that changes disclosures, their rows or the agencies adds one, inside that
-- transaction. metrics_generation and audit_generation are the data generation the stored metrics (the *_store
-- tables behind the metric views) and the audit were last computed from, written in the same transaction as those
-- results, each with the fingerprint of the SQL or rules that computed them. A run decides what to recompute from
-- these alone, never from what it did itself: whatever point an earlier run was killed at, what is behind the data
-- is recomputed, and nothing else.
CREATE TABLE IF NOT EXISTS generations (
    data_generation    BIGINT NOT NULL,
    metrics_generation BIGINT NOT NULL,
    metrics_sql_hash   VARCHAR NOT NULL,
    audit_generation   BIGINT NOT NULL,
    audit_hash         VARCHAR NOT NULL
);

-- A warehouse made before these existed recomputes its metrics and its audit once (the fingerprints are blank).
INSERT INTO generations SELECT 0, 0, '', 0, '' WHERE NOT EXISTS (SELECT 1 FROM generations);

-- Its predecessor, a dirty flag cleared by the metric rebuild, said nothing about the audit.
DROP TABLE IF EXISTS metric_state;
