#!/usr/bin/env bash
# Runs a main class of the spark module's tests (the bench, the filter recall) in one local JVM, with
# Spark and its dependencies on the class path and the JVM flags Spark needs (the pom's spark.jvm.opens).
#   scripts/spark-run.sh bench [PAGES_PER_FILE] [FILES]     pages/s at local[1] and local[2]
#   scripts/spark-run.sh recall [WATCHLIST]                 topic pre-filter recall on the evaluation pages
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
case "${1:-}" in
  bench) main=org.dossier.spark.bench.ScalingBench ;;
  recall) main=org.dossier.spark.bench.FilterRecall ;;
  *) echo "usage: scripts/spark-run.sh bench|recall [ARGS...]" >&2; exit 2 ;;
esac
shift
./mvnw -q -o -B test-compile dependency:build-classpath -pl spark -am \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >/dev/null
opens=$(sed -n '/<spark.jvm.opens>/,/<\/spark.jvm.opens>/p' spark/pom.xml | sed 's/<[^>]*>//g' | tr '\n' ' ')
# shellcheck disable=SC2086
exec java -Xss4m -Xmx3g $opens \
  -cp "spark/target/test-classes:spark/target/classes:$(cat spark/target/classpath.txt)" "$main" "$@"
