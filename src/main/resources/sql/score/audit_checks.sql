-- How many checks the last audit made (0: no audit has run on this warehouse).
SELECT count(*) FROM audit_result;
