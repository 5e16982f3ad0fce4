package org.dossier.spark.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dossier.extract.page.WarcPageReader;

/**
 * The WARC files of a crawl on any Hadoop-compatible file system (local folder, HDFS, S3 through the
 * s3a connector, ...): listing them on the driver, opening one in a task.
 */
public final class CrawlFiles {
  private CrawlFiles() {}

  /** A file to read and its length, as listed on the driver. */
  public record Entry(String path, long length) implements java.io.Serializable {}

  /**
   * Every {@code .warc} and {@code .warc.gz} file under the paths (files or folders, recursively), largest
   * first so that the longest tasks start early.
   *
   * @throws IllegalArgumentException when a path does not exist: a configuration error, named
   */
  public static List<Entry> list(List<String> roots, Configuration conf) {
    List<Entry> out = new ArrayList<>();
    for (String root : roots) {
      Path p = new Path(root);
      try {
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) {
          throw new IllegalArgumentException("input path " + root + " does not exist; check --in");
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        while (it.hasNext()) {
          FileStatus s = it.next();
          if (isWarc(s.getPath().getName())) out.add(new Entry(s.getPath().toString(), s.getLen()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input path " + root, e);
      }
    }
    out.sort((a, b) -> a.length() != b.length() ? Long.compare(b.length(), a.length())
        : a.path().compareTo(b.path()));
    return out;
  }

  static boolean isWarc(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /**
   * The items of one file, read lazily by the command line's WARC reader over a Hadoop stream; a file that
   * cannot be opened yields one "unreadable" item. The stream is closed when the last item is taken.
   */
  public static WarcPageReader read(Entry entry, Configuration conf, int maxPageBytes) {
    Path p = new Path(entry.path());
    return WarcPageReader.open(entry.path(), () -> new HadoopChannel(p.getFileSystem(conf).open(p), entry.length()),
        maxPageBytes);
  }
}
