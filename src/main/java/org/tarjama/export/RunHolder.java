package org.tarjama.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who holds an output folder, as its lock file records it: pid, host, start and command on one JSON line, so a
 * refused run can name the other and a lock left by a process that died on this host can be taken over. Used by
 * the command line's {@link OutputLock} and the Spark job's lock.
 */
public final class RunHolder {

  private RunHolder() {
  }

  /** The holder a lock file's text records, or null if it records none. */
  public static @Nullable JsonNode parse(String text) {
    if (text.isBlank()) return null;
    try {
      JsonNode node = PairJson.MAPPER.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** This process as the holder of a lock taken for {@code command}. */
  public static String record(String command) throws IOException {
    ObjectNode node = PairJson.MAPPER.createObjectNode();
    node.put("pid", ProcessHandle.current().pid());
    node.put("host", host());
    node.put("started", Instant.now().toString());
    node.put("command", command);
    return PairJson.MAPPER.writeValueAsString(node) + "\n";
  }

  /** Whether the holder described in the file still runs; unknown (another host) counts as running. */
  public static boolean alive(JsonNode holder) {
    if (!host().equals(holder.path("host").asText())) return true;
    long pid = holder.path("pid").asLong(-1);
    return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** The holder in a sentence for a message: pid, host, start and command. */
  public static String describe(@Nullable JsonNode holder) {
    if (holder == null) return "no details recorded";
    return "pid " + holder.path("pid").asText("?") + " on " + holder.path("host").asText("?") + ", started "
        + holder.path("started").asText("?") + ": " + holder.path("command").asText("?");
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
