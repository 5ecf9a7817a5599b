-- One rule of the catalogue (a few dozen rows: configuration, not a bulk load).
INSERT INTO audit_rule (rule_id, family, severity, tolerance, description, text_zh) VALUES (?, ?, ?, ?, ?, ?);
