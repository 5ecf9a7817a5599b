-- Export: the agency registry as stored. A dimension without a fiscal year, small at any scale: one file,
-- not partitioned.
SELECT * FROM agency
