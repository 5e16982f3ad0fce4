package org.dossier.spark.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dossier.spark.filter.Watchlist;
import org.dossier.spark.read.CrawlFiles;
import org.dossier.spark.read.HadoopConf;

/**
 * The crawl job's plan: list the WARC files, process each in its own task, keep the rows on the
 * executors' disks, then write every data set of {@link OutputKind} from them as JSON Lines and Parquet.
 * The costly pipeline runs once per page whatever the number of outputs.
 */
public final class CrawlRun {
  /**
   * The job's settings.
   *
   * @param inputs files or folders on any Hadoop file system
   * @param output the folder to create for the data sets
   * @param watchlist the topic pre-filter, or null for none
   * @param maxPageBytes bytes kept per page
   */
  public record Settings(List<String> inputs, String output, Watchlist watchlist, int maxPageBytes) {
    public Settings {
      inputs = List.copyOf(inputs);
    }
  }

  /** Counts of what a run wrote, by row kind and by reject stage/code, and its files and time. */
  public record Summary(int files, Map<String, Long> rows, Map<String, Long> rejects, double seconds) {
    public long pages() {
      return rows.getOrDefault(OutputKind.PAGE, 0L);
    }

    public double pagesPerSecond() {
      return pages() / seconds;
    }
  }

  private static final String PART = "part";

  private CrawlRun() {}

  /**
   * Runs the job.
   *
   * @throws IllegalArgumentException when the output folder exists or an input path does not
   */
  public static Summary run(SparkSession spark, Settings s) {
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    requireFresh(s.output(), conf);
    List<CrawlFiles.Entry> files = CrawlFiles.list(s.inputs(), conf);
    JavaRDD<Row> rows = jsc.parallelize(files, Math.max(1, files.size()))
        .flatMap(new PageTask(new HadoopConf(conf), s.watchlist(), s.maxPageBytes()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Dataset<Row> all = spark.createDataFrame(rows, Schemas.ROWS);
      for (OutputKind k : OutputKind.ALL) write(all, k, s.output());
      return new Summary(files.size(), counts(all.groupBy("kind").count()),
          counts(all.filter(col("kind").equalTo(OutputKind.REJECT)).select(
              from_json(col("json"), Schemas.of(OutputKind.REJECT)).as("r"))
              .selectExpr("concat(r.stage, '/', r.code) AS what").groupBy("what").count()),
          (System.nanoTime() - start) / 1e9);
    } finally {
      rows.unpersist(false);
    }
  }

  private static void write(Dataset<Row> all, OutputKind k, String output) {
    Dataset<Row> mine = all.filter(col("kind").equalTo(k.kind()));
    mine.select(col("json"), col("part").as(k.partitionColumn()))
        .write().partitionBy(k.partitionColumn()).text(output + "/jsonl/" + k.name());
    if (k.parquet()) {
      StructType schema = Schemas.of(k.kind());
      Dataset<Row> parsed = mine.select(from_json(col("json"), schema).as("r"), col("part").as(PART));
      // Rejects are partitioned by their own stage field; the other sets by a column added here.
      boolean own = List.of(schema.fieldNames()).contains(k.partitionColumn());
      parsed = own ? parsed.select("r.*") : parsed.select(col("r.*"), col(PART).as(k.partitionColumn()));
      parsed.write().partitionBy(k.partitionColumn()).parquet(output + "/parquet/" + k.name());
    }
  }

  private static Map<String, Long> counts(Dataset<Row> grouped) {
    Map<String, Long> m = new TreeMap<>();
    for (Row r : grouped.collectAsList()) m.put(r.getString(0), r.getLong(1));
    return m;
  }

  private static void requireFresh(String output, Configuration conf) {
    Path p = new Path(output);
    try {
      if (p.getFileSystem(conf).exists(p)) {
        throw new IllegalArgumentException("output folder " + output + " exists; give a new --out or delete it");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check output folder " + output, e);
    }
  }
}
