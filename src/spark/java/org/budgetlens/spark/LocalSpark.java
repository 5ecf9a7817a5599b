package org.budgetlens.spark;

import org.apache.spark.sql.SparkSession;
import org.slf4j.LoggerFactory;

/** Spark for the jobs: the master given (local[2] on one machine), with the settings the SQL relies on. */
public final class LocalSpark {

    private LocalSpark() {
    }

    /**
     * The SparkSession of this JVM, started on {@code master} if none runs yet (a job run by spark-submit gets the one
     * spark-submit configured): no web UI, as few shuffle partitions as cores, the translation's settings.
     */
    public static SparkSession start(String master) {
        quiet();
        SparkSession.Builder builder = SparkSession.builder().appName("budgetlens")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "true");
        if (master != null) {
            builder.master(master);
            if (master.startsWith("local")) {
                // one machine: the driver on the loopback, whatever the host name resolves to
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        SparkSession spark = builder.getOrCreate();
        for (String[] setting : SparkDialect.SETTINGS) {
            spark.conf().set(setting[0], setting[1]);
        }
        return spark;
    }

    /** Spark's and Hadoop's INFO lines (thousands per job) left out: warnings and errors only. */
    private static void quiet() {
        for (String name : new String[] {"org.apache.spark", "org.apache.hadoop", "org.sparkproject", "io.netty",
            "org.apache.parquet"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }
}
