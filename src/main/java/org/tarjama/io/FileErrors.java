package org.tarjama.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the JDK's terse file errors ("out/pairs.jsonl", "No space left on device") into one line that says what
 * tarjama was doing, to which path, why it failed and what to do.
 */
public final class FileErrors {

  private FileErrors() {
  }

  /** A failure that already names its operation and path: shown to the user as it is. */
  public static class Explained extends IOException {
    public Explained(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /** {@code e} as "cannot OPERATION PATH: REASON; HINT", unless it already says so. */
  public static IOException explain(String operation, Path path, IOException e) {
    if (e instanceof Explained) return e;
    String reason = reason(e);
    return new Explained("cannot " + operation + " " + path + ": " + reason + hint(reason), e);
  }

  /** What went wrong, in words, without the path the JDK puts into some messages. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileAlreadyExistsException) return "something is already there";
    if (e instanceof NotDirectoryException) return "not a folder";
    if (e instanceof DirectoryNotEmptyException) return "folder not empty";
    String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (text == null || text.isBlank()) return e.getClass().getSimpleName();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("no space left") || lower.contains("disk is full") || lower.contains("disk full")) {
      return "no space left on the disk";
    }
    if (lower.contains("read-only file system")) return "the file system is read-only";
    if (lower.contains("not a directory")) return "a file stands where a folder should be";
    if (lower.contains("is a directory")) return "a folder stands where the file should be";
    if (lower.contains("permission denied") || lower.contains("operation not permitted")) return "permission denied";
    if (lower.contains("quota")) return "disk quota exceeded";
    return text.strip();
  }

  /** The usual way out of each cause. */
  private static String hint(String reason) {
    return switch (reason) {
      case "no space left on the disk", "disk quota exceeded" -> "; free some space or write to another disk";
      case "the file system is read-only", "permission denied" -> "; check its permissions or choose another path";
      case "a file stands where a folder should be", "not a folder" -> "; move that file aside or choose another path";
      case "a folder stands where the file should be" -> "; move that folder aside or choose another path";
      default -> "";
    };
  }

  /** A one-line description of any I/O failure for the user: explained ones as they are, the JDK's with their path. */
  public static String describe(IOException e) {
    if (e instanceof Explained) return e.getMessage();
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String reason = reason(e);
      String other = fs.getOtherFile() == null ? "" : " (and " + fs.getOtherFile() + ")";
      return fs.getFile() + other + ": " + reason + hint(reason);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "I/O error: " + e.getClass().getSimpleName() : message;
  }
}
