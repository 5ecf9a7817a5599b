-- A new audit replaces the previous one.
DELETE FROM audit_result;
DELETE FROM audit_rule;
