-- description: The workbook's data date: when the warehouse's last completed ingest run finished (NULL: none).
SELECT max(finished_at) AS finished_at FROM load_run;
