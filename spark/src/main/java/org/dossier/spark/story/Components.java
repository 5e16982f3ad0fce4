package org.dossier.spark.story;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of the story links by label propagation: every article takes the smallest label
 * among itself and its neighbours until nothing changes, so stories from different blocks that share an
 * article become one, labelled by its smallest article id.
 */
final class Components {
  /** Article id to component label, and the rounds it took. */
  record Result(JavaPairRDD<String, String> labels, int rounds) {}

  private Components() {}

  static Result of(JavaPairRDD<String, String> links, int maxRounds) {
    JavaPairRDD<String, String> edges = links.union(links.mapToPair(Tuple2::swap)).distinct()
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<String, String> labels = edges.union(edges.keys().mapToPair(v -> new Tuple2<>(v, v)))
        .reduceByKey(Components::min).persist(StorageLevel.MEMORY_AND_DISK_SER());
    int round = 0;
    while (round < maxRounds) {
      round++;
      JavaPairRDD<String, String> next = edges.join(labels)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
          .union(labels).reduceByKey(Components::min).persist(StorageLevel.MEMORY_AND_DISK_SER());
      long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) break;
    }
    return new Result(labels, round);
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
