package org.tidings.events.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tidings.events.CameoCode;
import org.tidings.events.Codebook;
import org.tidings.model.Analysis;
import org.tidings.model.Diagnostic;
import org.tidings.model.Event;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;
import org.tidings.syntax.SyntaxParser;

/**
 * Codes events with a user's PETRARCH-format dictionaries (the Phoenix set, say) instead of the
 * project's own: each sentence is parsed by Tidings' tagger and dependency parser, turned into the
 * Penn tree PETRARCH reads ({@link SentenceParser}) and coded by {@link TreeCoder}. It stands in
 * the pipeline where {@link org.tidings.events.EventCoder} stands and replaces its events. Each
 * event spans its sentence (the tree coder does not say which words triggered it); Goldstein values
 * and QuadClasses come from the CAMEO codebook, by the code or its base and root.
 */
public final class PetrarchEventCoder implements Annotator {
  /** Sentences longer than this are not parsed: they are almost always lists or run-ons. */
  static final int MAX_WORDS = 120;

  private final SentenceParser parser;
  private final TreeCoder coder;
  private final Codebook codebook;

  public PetrarchEventCoder(SentenceParser parser, TreeCoder coder, Codebook codebook) {
    this.parser = Objects.requireNonNull(parser);
    this.coder = Objects.requireNonNull(coder);
    this.codebook = Objects.requireNonNull(codebook);
  }

  /**
   * Loads the dictionaries in a directory, PETRARCH's file names telling them apart: the first file
   * (in name order) whose name holds "verbs" (else "CAMEO", as in CAMEO.2.0.txt), every file whose
   * name holds "actors" (merged in name order, as PETRARCH reads several), the first holding
   * "agents" and, if any, the first holding "discards". Errors in them become diagnostics with file
   * and line in {@code problems}; those lines are skipped.
   *
   * @throws IOException when the directory cannot be read or has no verbs, actors or agents file
   */
  public static PetrarchEventCoder load(Path dir, List<Diagnostic> problems) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(files::add);
    }
    files.sort(null);
    List<Path> verbFiles = named(files, "verbs");
    verbFiles.addAll(named(files, "cameo")); // PETRARCH2 ships its verbs as CAMEO.2.0.txt
    if (verbFiles.isEmpty()) {
      throw new IOException("no verbs dictionary (a file named *verbs* or CAMEO*) in " + dir);
    }
    PetrarchVerbs verbs = read(verbFiles.get(0), problems, PetrarchVerbs::read);
    List<PetrarchActors> actorFiles = new ArrayList<>();
    for (Path f : named(files, "actors")) {
      actorFiles.add(read(f, problems, PetrarchActors::read));
    }
    if (actorFiles.isEmpty()) {
      throw new IOException("no actors dictionary (a file named *actors*) in " + dir);
    }
    PetrarchActors actors = PetrarchActors.merge(actorFiles);
    PetrarchAgents agents = read(first(files, "agents", dir), problems, PetrarchAgents::read);
    List<Path> discardFiles = named(files, "discards");
    PetrarchDiscards discards =
        discardFiles.isEmpty()
            ? new PetrarchDiscards(List.of())
            : read(discardFiles.get(0), problems, PetrarchDiscards::read);
    TreeCoder coder = new TreeCoder(verbs, actors, agents, discards, true);
    SentenceParser parser =
        new SentenceParser(SyntaxParser.standard(), TreeBuilder.standard(), actors, verbs);
    return new PetrarchEventCoder(parser, coder, Codebook.standard());
  }

  /** A dictionary format's reader. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(InputStream in, String location, List<Diagnostic> problems) throws IOException;
  }

  private static <T> T read(Path file, List<Diagnostic> problems, Reader<T> reader)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in, file.getFileName().toString(), problems);
    }
  }

  private static List<Path> named(List<Path> files, String part) {
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      if (f.getFileName().toString().toLowerCase(Locale.ROOT).contains(part)
          && Files.isRegularFile(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private static Path first(List<Path> files, String part, Path dir) throws IOException {
    List<Path> found = named(files, part);
    if (found.isEmpty()) {
      throw new IOException("no " + part + " dictionary (a file named *" + part + "*) in " + dir);
    }
    return found.get(0);
  }

  @Override
  public Analysis annotate(Analysis a) {
    Optional<LocalDate> published = a.article().published();
    String date = published.map(LocalDate::toString).orElse("");
    List<Event> events = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      List<Token> tokens = a.tokensOf(s);
      if (tokens.isEmpty() || tokens.size() > MAX_WORDS) {
        continue;
      }
      List<String> words = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        words.add(t.text());
      }
      Set<String> seen = new HashSet<>();
      for (TreeCoder.Coded c :
          coder.code(a.textOf(s), parser.parse(words), published.orElse(null))) {
        event(c, s, date)
            .filter(e -> seen.add(e.source() + e.target() + e.code()))
            .ifPresent(events::add);
      }
    }
    return a.withEvents(events);
  }

  private Optional<Event> event(TreeCoder.Coded c, Sentence s, String date) {
    String code = c.code();
    if (code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
      return Optional.empty(); // a dictionary's private or unknown code: no CAMEO event
    }
    Optional<CameoCode> cameo = codebook.findOrBroader(code);
    double goldstein = cameo.map(CameoCode::goldstein).orElse(0.0);
    int quad = cameo.map(CameoCode::quadClass).orElse(quadOfRoot(code));
    return Optional.of(
        new Event(
            s.span(),
            s.span(),
            actor(c.source()),
            actor(c.target()),
            code,
            goldstein,
            quad,
            date,
            new Event.Provenance("", date.isEmpty() ? "" : "publication", false)));
  }

  private static String actor(String code) {
    return code.equals("---") ? "" : code;
  }

  /** GDELT's QuadClass by root code: 01-05, 06-08, 09-13, 14-20. */
  static int quadOfRoot(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }
}
