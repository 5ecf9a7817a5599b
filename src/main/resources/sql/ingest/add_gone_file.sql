-- One file that is gone.
INSERT INTO gone_file VALUES (?);
