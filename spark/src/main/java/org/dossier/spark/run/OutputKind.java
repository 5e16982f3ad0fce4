package org.dossier.spark.run;

import java.util.List;

/**
 * The data sets a crawl job writes under its output folder, each as JSON Lines ({@code jsonl/NAME}) and,
 * except the lossless pages, as Parquet ({@code parquet/NAME}), partitioned by the column named here.
 *
 * @param kind the row kind in the job's intermediate rows
 * @param name the folder name
 * @param partitionColumn "day" (publication day, or {@value #UNKNOWN_DAY}) or "stage" (rejects)
 * @param parquet whether a Parquet copy is written
 */
public record OutputKind(String kind, String name, String partitionColumn, boolean parquet) {
  public static final String ARTICLE = "article";
  public static final String FACT = "fact";
  public static final String REJECT = "reject";
  public static final String PAGE = "page";

  /** The partition of articles whose publication day is not known. */
  public static final String UNKNOWN_DAY = "unknown";

  /** The stage name of the topic pre-filter in reject rows. */
  public static final String FILTER_STAGE = "filter";

  public static final List<OutputKind> ALL = List.of(
      new OutputKind(ARTICLE, "articles", "day", true),
      new OutputKind(FACT, "facts", "day", true),
      new OutputKind(REJECT, "rejects", "stage", true),
      new OutputKind(PAGE, "pages", "day", false));
}
