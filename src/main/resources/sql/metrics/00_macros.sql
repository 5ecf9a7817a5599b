-- Exact rounding for metrics. DuckDB divides DECIMALs in DOUBLE; these macros divide in integers instead, so a
-- rate rounds as a person rounds it (half away from zero, on the exact quotient of the stored 万元 amounts).
-- ratio2(n, d): n ÷ d to 2 decimals; NULL when either is NULL or d is 0 (never 0 or infinity).
CREATE OR REPLACE MACRO ratio2(n, d) AS
    CASE WHEN n IS NULL OR d IS NULL OR d = 0 THEN NULL
         ELSE (sign(n) * sign(d) * ((abs(n * 1000000)::HUGEINT * 200 + abs(d * 1000000)::HUGEINT)
               // (2 * abs(d * 1000000)::HUGEINT)))::DECIMAL(38, 0) * 0.01
    END;

-- pct_of(n, d): n ÷ d × 100 to 2 decimals, exact; NULL when d is NULL or 0.
CREATE OR REPLACE MACRO pct_of(n, d) AS ratio2(n * 100, d);

-- Where a figure comes from, for a metric's provenance columns: table.line.measure (origin line N).
CREATE OR REPLACE MACRO figure_source(table_id, line_code, measure, origin, source_line) AS
    CASE WHEN table_id IS NULL THEN NULL
         ELSE table_id || '.' || line_code || '.' || measure || ' (' || origin || ' line ' || source_line || ')'
    END;
