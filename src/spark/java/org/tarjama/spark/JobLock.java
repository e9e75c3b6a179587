package org.tarjama.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;
import org.tarjama.export.RunHolder;

/**
 * One job's hold on its output folder: {@value #FILE}, created only where none exists, holding the driver's host,
 * pid, start and command so a refused job can name the other. Two jobs writing one folder would delete each
 * other's {@code pairs.next}. Creation is atomic on HDFS; on a local disk nearly so; S3 has no such create, so
 * there the rule stays one job per {@code --out}. A lock left by a driver that died on this host is taken over;
 * one from another host must be deleted by hand once its job is gone.
 */
final class JobLock implements Closeable {

  static final String FILE = ".tarjama-job.lock";

  private final FileSystem fs;
  private final Path file;

  private JobLock(FileSystem fs, Path file) {
    this.fs = fs;
    this.file = file;
  }

  /** Takes the lock on {@code out} (creating the folder) for {@code command}, or throws naming the job holding it. */
  static JobLock acquire(FileSystem fs, Path out, String command) throws IOException {
    fs.mkdirs(out);
    Path file = new Path(out, FILE);
    byte[] mine = RunHolder.record(command).getBytes(StandardCharsets.UTF_8);
    for (int attempt = 0; attempt < 2; attempt++) {
      try (FSDataOutputStream stream = fs.create(file, false)) {
        stream.write(mine);
        return new JobLock(fs, file);
      } catch (FileAlreadyExistsException e) {
        @Nullable JsonNode holder = holder(fs, file);
        // a driver that died on this host (killed, or its machine restarted) left it: taken over once
        if (attempt == 0 && holder != null && !RunHolder.alive(holder)) {
          fs.delete(file, false);
          continue;
        }
        throw new IOException(out + " is being written by another tarjama Spark job (" + RunHolder.describe(holder)
            + "); wait for it to end or give another --out; if that job is no longer running, delete " + file);
      }
    }
    throw new IllegalStateException("unreachable: the second attempt returns or throws");
  }

  @Override
  public void close() throws IOException {
    fs.delete(file, false);
  }

  private static @Nullable JsonNode holder(FileSystem fs, Path file) {
    try (InputStream in = fs.open(file)) {
      return RunHolder.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return null; // being written, or not ours: not taken over
    }
  }
}
