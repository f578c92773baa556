package org.tidings.eval.arms;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tidings.eval.SharedData;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;

/** Reading plain-text files of the shared data as articles. */
final class Texts {
  private Texts() {}

  /** The shared data root, from {@code tidings.shared}. */
  static Path shared() {
    return SharedData.root();
  }

  /** A file's text: UTF-8 when it is valid UTF-8, else Latin-1 (the BBC files are). */
  static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  static Analysis analysis(String source, String text) {
    return Analysis.of(
        Article.of(source, "", Optional.empty(), List.of(), "en", text, SourceMap.none()));
  }

  /** Every {@code .txt} file under {@code dir}, sorted. */
  static List<Path> textFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().equals("README.TXT"))
          .sorted()
          .toList();
    }
  }
}
