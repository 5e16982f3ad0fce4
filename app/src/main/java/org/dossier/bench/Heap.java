package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The JVM's heap high-water mark, which benches print beside their figures. */
public final class Heap {
  private Heap() {}

  /** The peak use of the heap's pools since the JVM started, in MB. */
  public static double peakMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
    }
    return bytes / 1e6;
  }
}
