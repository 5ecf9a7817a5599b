-- The audit: the rules (from audit/rules.csv) and, per rule and disclosure, every check made, with its status
-- (pass, fail, not_enough_data), the figures it read and the difference. Rebuilt whole by each audit run.
CREATE TABLE IF NOT EXISTS audit_rule (
    rule_id     VARCHAR NOT NULL,
    family      VARCHAR NOT NULL,
    severity    VARCHAR NOT NULL,
    tolerance   DECIMAL(10, 6) NOT NULL,
    description VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_result (
    rule_id       VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL,
    disclosure_id VARCHAR NOT NULL,
    subject       VARCHAR,
    status        VARCHAR NOT NULL,
    expected      DECIMAL(38, 6),
    actual        DECIMAL(38, 6),
    difference    DECIMAL(38, 6),
    tolerance     DECIMAL(38, 6),
    evidence      VARCHAR
);
