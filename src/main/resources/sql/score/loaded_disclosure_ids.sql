-- The disclosures the warehouse holds, to tell whether it holds those of an answer key.
SELECT disclosure_id FROM disclosures;
