-- What DuckDB's own parser makes of an ad-hoc statement before anything of it runs. json_serialize_sql parses the
-- text as the connection would, quotes, comments and dollar-quoted strings included, and serialises SELECT
-- statements only: a text of several statements lists each, anything but a SELECT is an error of type
-- 'not implemented', a syntax error one of type 'parser'. $1 is the statement's text.
SELECT coalesce(CAST(parsed ->> 'error' AS BOOLEAN), true) AS failed,
       parsed ->> 'error_type' AS error_type,
       parsed ->> 'error_message' AS error_message,
       coalesce(json_array_length(parsed -> 'statements'), 0) AS selects
FROM (SELECT json_serialize_sql(CAST($1 AS VARCHAR)) AS parsed)
