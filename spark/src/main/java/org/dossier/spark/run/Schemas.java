package org.dossier.spark.run;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet columns of each data set: the export contract's fields, parsed from the JSON lines so that
 * the two formats cannot drift apart. Facts of every type share one table; a column a type lacks is null, and {@code value} holds a claim's
 * number or a time's TIMEX3 value as text.
 */
final class Schemas {
  private Schemas() {}

  /** The job's intermediate rows: kind, partition value, JSON line. */
  static final StructType ROWS = new StructType()
      .add("kind", StringType, false).add("part", StringType, false).add("json", StringType, false);

  static StructType of(String kind) {
    return switch (kind) {
      case OutputKind.ARTICLE -> new StructType().add("type", StringType).add("id", StringType)
          .add("page", StringType).add("role", StringType).add("outlet", StringType).add("url", StringType)
          .add("title", StringType).add("authors", strings()).add("published", StringType)
          .add("language", StringType).add("text", StringType);
      case OutputKind.FACT -> new StructType().add("type", StringType).add("id", StringType)
          .add("article", StringType).add("span", createArrayType(IntegerType)).add("text", StringType)
          .add("entity", StringType).add("kind", StringType).add("value", StringType)
          .add("speaker", StringType).add("via", strings()).add("unit", StringType)
          .add("qualifier", StringType).add("about", StringType).add("subject", StringType)
          .add("time", StringType).add("source", StringType).add("actors", strings()).add("date", StringType)
          .add("place", StringType).add("summary", StringType).add("articles", strings());
      case OutputKind.REJECT -> new StructType().add("type", StringType).add("page", StringType)
          .add("source", StringType).add("stage", StringType).add("code", StringType).add("status", StringType)
          .add("reason", StringType);
      default -> throw new IllegalArgumentException("no Parquet schema for rows of kind '" + kind + "'");
    };
  }

  private static DataType strings() {
    return createArrayType(StringType);
  }
}
