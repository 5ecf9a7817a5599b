-- A run still marked running was killed (only one process can open the warehouse at a time): say so.
UPDATE load_run SET status = 'interrupted' WHERE status = 'running';
