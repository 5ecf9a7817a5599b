-- Export: the audit rules the checks were made with. A small catalogue: one file, not partitioned.
SELECT * FROM audit_rule
