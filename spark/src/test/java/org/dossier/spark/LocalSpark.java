package org.dossier.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local mode for tests and the bench: no web UI, few shuffle partitions. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession start(int cores) {
    return SparkSession.builder().master("local[" + cores + "]").appName("dossier-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", Integer.toString(2 * cores))
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}
