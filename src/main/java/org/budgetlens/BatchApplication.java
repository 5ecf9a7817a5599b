package org.budgetlens;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that hosts the batch jobs; started by the CLI commands that run a job. */
@SpringBootApplication
public class BatchApplication {
}
