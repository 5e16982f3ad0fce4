package org.dossier.spark.read;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (file system connectors, credentials providers, ...) carried to the
 * executors, so that a path that opens on the driver opens the same way in a task.
 */
public final class HadoopConf implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
  private transient Configuration conf;

  public HadoopConf(Configuration conf) {
    this.conf = conf;
  }

  public Configuration get() {
    return conf;
  }

  @Serial
  private void writeObject(ObjectOutputStream out) throws IOException {
    conf.write(out);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws IOException {
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
