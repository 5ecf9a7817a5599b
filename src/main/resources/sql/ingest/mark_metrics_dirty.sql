-- The data changed: the stored metrics must be rebuilt (part of the load's own transaction).
UPDATE metric_state SET dirty = true;
