-- Per disclosure, a fingerprint of every audit check made on it (rule, subject, status, the figures it read and
-- its evidence), the disclosure's own agency id taken out (a cross-year check names the other disclosure): a
-- mutated copy whose fingerprint differs from its clean copy's had the perturbed figure read by some rule.
-- Rules across documents of the same year (family cross_document) are left out: a copy pairs the perturbed 预算
-- with the perturbed 决算 of the same number (or with none), so such a rule would mix two perturbations.
SELECT disclosure_id,
       sum(hash(concat_ws('|', rule_id, coalesce(subject, ''), status, coalesce(expected::VARCHAR, ''),
                          coalesce(actual::VARCHAR, ''),
                          replace(coalesce(evidence, ''), split_part(disclosure_id, '/', 1), '')))::HUGEINT)::VARCHAR
FROM audit_result
WHERE rule_id NOT IN (SELECT rule_id FROM audit_rule WHERE family = 'cross_document')
GROUP BY disclosure_id;
