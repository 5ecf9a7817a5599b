-- Base tables of the warehouse. Analysts query the views (sql/views); these tables are the storage.
-- No primary keys: DuckDB checks them eagerly on delete-then-insert in one transaction, and uniqueness is
-- enforced by the loader (one disclosure per id, one row per figure key).

CREATE TABLE IF NOT EXISTS schema_info (
    version INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS agency (
    agency_id     VARCHAR NOT NULL,
    agency_name   VARCHAR NOT NULL,
    region_code   VARCHAR NOT NULL,
    province      VARCHAR NOT NULL,
    city          VARCHAR,
    county        VARCHAR,
    sector        VARCHAR NOT NULL,
    admin_level   VARCHAR NOT NULL,
    scope         VARCHAR NOT NULL,
    unit_type     VARCHAR,
    parent_id     VARCHAR,
    aliases       VARCHAR,
    registry_file VARCHAR NOT NULL,
    registry_line INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS disclosure (
    disclosure_key  INTEGER NOT NULL,
    disclosure_id   VARCHAR NOT NULL,
    agency_id       VARCHAR NOT NULL,
    fiscal_year     INTEGER NOT NULL,
    kind            VARCHAR NOT NULL,
    title           VARCHAR,
    published       DATE,
    source_doc      VARCHAR NOT NULL,
    note            VARCHAR,
    source_file     VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    encoding        VARCHAR NOT NULL,
    line_item_count INTEGER NOT NULL,
    fact_count      INTEGER NOT NULL,
    table_count     INTEGER NOT NULL,
    reject_count    INTEGER NOT NULL,
    run_id          INTEGER NOT NULL,
    loaded_at       TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS disclosure_table (
    disclosure_key   INTEGER NOT NULL,
    table_id         VARCHAR NOT NULL,
    title            VARCHAR NOT NULL,
    published_number VARCHAR,
    unit             VARCHAR,
    empty_note       VARCHAR,
    source_line      INTEGER NOT NULL,
    file_line        INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS line_item (
    disclosure_key INTEGER NOT NULL,
    table_id       VARCHAR NOT NULL,
    line_code      VARCHAR NOT NULL,
    line_name      VARCHAR,
    detail         VARCHAR NOT NULL,
    measure        VARCHAR NOT NULL,
    stat           VARCHAR NOT NULL,
    base           VARCHAR NOT NULL,
    amount         DECIMAL(22, 6),
    source_value   VARCHAR,
    source_unit    VARCHAR NOT NULL,
    origin         VARCHAR NOT NULL,
    section        VARCHAR,
    source_line    INTEGER NOT NULL,
    note           VARCHAR,
    file_line      INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS fact (
    disclosure_key INTEGER NOT NULL,
    table_id       VARCHAR NOT NULL,
    line_code      VARCHAR NOT NULL,
    line_name      VARCHAR,
    detail         VARCHAR NOT NULL,
    measure        VARCHAR NOT NULL,
    stat           VARCHAR NOT NULL,
    base           VARCHAR NOT NULL,
    value          DECIMAL(22, 6),
    source_value   VARCHAR,
    unit           VARCHAR NOT NULL,
    origin         VARCHAR NOT NULL,
    section        VARCHAR,
    source_line    INTEGER NOT NULL,
    note           VARCHAR,
    file_line      INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS reject (
    run_id        INTEGER NOT NULL,
    source_file   VARCHAR NOT NULL,
    file_line     INTEGER NOT NULL,
    disclosure_id VARCHAR,
    reason        VARCHAR NOT NULL,
    record        VARCHAR
);

-- One row per input file last read: lets a re-run skip files whose content (and the validation rules) did not
-- change, and lets a changed file replace everything it loaded before.
CREATE TABLE IF NOT EXISTS loaded_file (
    source_file      VARCHAR NOT NULL,
    file_kind        VARCHAR NOT NULL,
    content_sha256   VARCHAR NOT NULL,
    rules_version    VARCHAR NOT NULL,
    disclosure_id    VARCHAR,
    status           VARCHAR NOT NULL,
    records_read     INTEGER NOT NULL,
    records_loaded   INTEGER NOT NULL,
    records_rejected INTEGER NOT NULL,
    run_id           INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS load_run (
    run_id           INTEGER NOT NULL,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    inputs           VARCHAR NOT NULL,
    status           VARCHAR NOT NULL,
    files_found      INTEGER,
    files_loaded     INTEGER,
    files_unchanged  INTEGER,
    files_rejected   INTEGER,
    records_read     BIGINT,
    records_loaded   BIGINT,
    records_rejected BIGINT
);
