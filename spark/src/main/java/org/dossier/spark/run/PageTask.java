package org.dossier.spark.run;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.dossier.core.pipeline.Pipeline;
import org.dossier.extract.page.ReadItem;
import org.dossier.spark.filter.Watchlist;
import org.dossier.spark.read.CrawlFiles;
import org.dossier.spark.read.HadoopConf;

/**
 * One task: streams the records of one WARC file through this executor's pipeline and yields output rows
 * lazily, page by page, so neither the file nor its results are ever held whole. Serialised to the
 * executors: it carries only settings, never a model.
 */
public final class PageTask implements FlatMapFunction<CrawlFiles.Entry, Row> {
  private final HadoopConf conf;
  private final Watchlist watchlist;
  private final int maxPageBytes;

  public PageTask(HadoopConf conf, Watchlist watchlist, int maxPageBytes) {
    this.conf = conf;
    this.watchlist = watchlist;
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public Iterator<Row> call(CrawlFiles.Entry file) {
    Pipeline pipeline = ExecutorStages.pipeline(watchlist);
    String signature = pipeline.signature();
    Iterator<ReadItem> items = CrawlFiles.read(file, conf.get(), maxPageBytes);
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && items.hasNext()) current = rows(items.next(), pipeline, signature).iterator();
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
      }
    };
  }

  /** The rows of one item: a processed page, or a rejection from the reader. */
  static List<Row> rows(ReadItem item, Pipeline pipeline, String signature) {
    return switch (item) {
      case ReadItem.Page p -> PageRows.of(pipeline.process(p.page()), p.warning(), signature);
      case ReadItem.Problem r -> PageRows.rejected(r.outcome(), signature);
    };
  }
}
