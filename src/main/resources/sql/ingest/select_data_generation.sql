-- The generation of the loaded data (how many committed changes it has seen).
SELECT data_generation FROM generations;
