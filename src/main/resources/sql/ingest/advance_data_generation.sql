-- The loaded data changed: the stored metrics and the audit are now behind it (part of the change's own transaction).
UPDATE generations SET data_generation = data_generation + 1;
