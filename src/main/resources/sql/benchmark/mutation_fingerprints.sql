-- Per disclosure, a fingerprint of every audit check made on it (rule, subject, status, the figures it read and
-- its evidence), the disclosure's own agency id taken out (a cross-year check names the other disclosure): a
-- mutated copy whose fingerprint differs from its clean copy's had the perturbed figure read by some rule.
SELECT disclosure_id,
       sum(hash(concat_ws('|', rule_id, coalesce(subject, ''), status, coalesce(expected::VARCHAR, ''),
                          coalesce(actual::VARCHAR, ''),
                          replace(coalesce(evidence, ''), split_part(disclosure_id, '/', 1), '')))::HUGEINT)::VARCHAR
FROM audit_result
GROUP BY disclosure_id;
