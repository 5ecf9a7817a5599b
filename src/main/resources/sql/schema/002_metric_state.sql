-- Whether the stored metrics (the *_store tables behind the metric views) are behind the data: set in the same
-- transaction as every load, cleared by the refresh, so a run killed in between is noticed by the next one.
-- sql_hash is the fingerprint of the metric SQL the stores were built with (a new release rebuilds them).
CREATE TABLE IF NOT EXISTS metric_state (
    dirty    BOOLEAN NOT NULL,
    sql_hash VARCHAR NOT NULL
);

INSERT INTO metric_state SELECT true, '' WHERE NOT EXISTS (SELECT 1 FROM metric_state);
