package org.tidings.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks files and directories depth first, each directory's entries sorted by name, so the same
 * tree always gives the same order. Only one directory listing per level is held at a time; hidden
 * entries (names starting with a dot) inside directories are skipped, and symbolic links to
 * directories are not followed (no loops). Named roots are always visited.
 */
final class FileWalk extends Lookahead<FileWalk.Entry> {

  /**
   * A file to read, or a directory that could not be listed.
   *
   * @param path the file
   * @param error why the directory could not be listed, or null for a file
   */
  record Entry(Path path, IOException error) {}

  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();

  FileWalk(List<Path> roots) {
    stack.push(List.copyOf(roots).iterator());
  }

  @Override
  protected Entry advance() {
    while (!stack.isEmpty()) {
      Iterator<Path> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      boolean root = stack.size() == 1;
      Path p = top.next();
      if (!Files.isDirectory(p)) {
        return new Entry(p, null);
      }
      if (!root && Files.isSymbolicLink(p)) {
        continue;
      }
      try {
        stack.push(sortedChildren(p).iterator());
      } catch (IOException | RuntimeException e) {
        return new Entry(p, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
      }
    }
    return null;
  }

  private static List<Path> sortedChildren(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(c -> c.getFileName() != null && !c.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }
}
