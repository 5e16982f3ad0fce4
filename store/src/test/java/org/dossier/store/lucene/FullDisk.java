package org.dossier.store.lucene;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory whose disk fills up: once armed with a budget of bytes, every write past it fails as the
 * JDK reports a full disk on Linux. Files already written stay readable.
 */
final class FullDisk extends FilterDirectory {
  static final String MESSAGE = "No space left on device";
  private final AtomicLong left = new AtomicLong(Long.MAX_VALUE);

  FullDisk(Directory in) {
    super(in);
  }

  /** From now on, only this many more bytes fit. */
  void fillUpAfter(long bytes) {
    left.set(bytes);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return new Counting(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    return new Counting(in.createTempOutput(prefix, suffix, context));
  }

  private final class Counting extends FilterIndexOutput {
    Counting(IndexOutput out) {
      super("full disk: " + out, out.getName(), out);
    }

    @Override
    public void writeByte(byte b) throws IOException {
      take(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      take(length);
      out.writeBytes(b, offset, length);
    }

    private void take(long n) throws IOException {
      if (left.addAndGet(-n) < 0) {
        left.set(0);
        throw new IOException(MESSAGE);
      }
    }
  }
}
