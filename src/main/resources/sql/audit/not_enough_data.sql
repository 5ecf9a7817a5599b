-- Never a silent pass: a rule that found nothing to check in a disclosure says so.
INSERT INTO audit_result
SELECT r.rule_id, r.severity, d.disclosure_id, NULL, 'not_enough_data', NULL, NULL, NULL, NULL,
       'none of the figures this rule reads is published in this disclosure'
FROM audit_rule r CROSS JOIN disclosure d
WHERE NOT EXISTS (SELECT 1 FROM audit_result a WHERE a.rule_id = r.rule_id AND a.disclosure_id = d.disclosure_id);
