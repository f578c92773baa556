package org.tidings.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.tidings.ingest.Ingested;
import org.tidings.ingest.SourceReader;
import org.tidings.model.Article;
import org.tidings.pipeline.GuardedPipeline;
import org.tidings.pipeline.Result;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings extract}: the article text and metadata of pages, without further analysis. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print the article of one page as JSON: {\"text\",\"title\",\"date\",\"author\",\"language\"}",
      "(date ISO 8601 or null, author a string or null).",
      "With --batch LIST_FILE OUT_DIR, extract every path listed in LIST_FILE (one a line) and",
      "write OUT_DIR/STEM.json for each, STEM being the file name without its extension."
    })
final class ExtractCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "HTML_OR_TXT", description = "The page to extract.")
  Path file;

  @Option(
      names = "--batch",
      arity = "2",
      paramLabel = "LIST_FILE OUT_DIR",
      description = "A file listing one input path a line, and the directory to write to.")
  List<Path> batch;

  @Mixin Options.Run run;

  @Override
  public Integer call() throws IOException {
    if ((file == null) == (batch == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Give either one HTML_OR_TXT file or --batch LIST_FILE OUT_DIR");
    }
    return file != null ? single() : batch(batch.get(0), batch.get(1));
  }

  private int single() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GuardedPipeline pipeline = new GuardedPipeline(root.parts().extraction().get());
    Optional<Ingested> first;
    try (Stream<Ingested> in = new SourceReader(run.maxBytes).read(file)) {
      first = in.findFirst();
    }
    if (first.isEmpty()) {
      err.println("extract.empty " + file + ": no document found");
      return 1;
    }
    Result result = pipeline.process(first.get());
    if (result.analysis().isEmpty()) {
      result.diagnostics().forEach(d -> err.println(Batch.describe(d)));
      err.flush();
      return 1;
    }
    out.println(json(Optional.of(result.analysis().get().article())));
    out.flush();
    return 0;
  }

  private int batch(Path listFile, Path outDir) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(listFile)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "No list file " + listFile);
    }
    Files.createDirectories(outDir);
    List<Path> paths = new ArrayList<>();
    Path base = listFile.toAbsolutePath().getParent();
    for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        Path p = Path.of(s);
        paths.add(p.isAbsolute() || Files.exists(p) || base == null ? p : base.resolve(p));
      }
    }
    AtomicLong written = new AtomicLong();
    Batch.Report report =
        Batch.run(
            root.parts().extraction().get(),
            paths,
            run,
            err,
            result -> {
              Optional<Article> article = result.analysis().map(a -> a.article());
              if (article.isEmpty()) {
                result.diagnostics().forEach(d -> err.println(Batch.describe(d)));
              }
              Path target = outDir.resolve(stem(result.location()) + ".json");
              try {
                Files.writeString(target, json(article) + "\n", StandardCharsets.UTF_8);
                written.incrementAndGet();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    out.println(
        "Extracted "
            + report.summary().articles()
            + " of "
            + report.summary().results()
            + " inputs; wrote "
            + written.get()
            + " files to "
            + outDir);
    out.flush();
    err.flush();
    return report.summary().articles() > 0 || report.summary().givenUp() == 0 ? 0 : 1;
  }

  /**
   * File name without directories or extension: "a/b/page.html" gives "page". A WARC record
   * ("a.warc.gz#urn:uuid:...") gets the end of its record id appended, so records do not collide.
   */
  static String stem(String location) {
    String path = location;
    String record = "";
    int hash = path.indexOf('#');
    if (hash >= 0) {
      record = path.substring(hash + 1).replaceAll("[^A-Za-z0-9]", "");
      record = "-" + record.substring(Math.max(0, record.length() - 12));
      path = path.substring(0, hash);
    }
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + record;
  }

  /** The agreed shape; an empty article gives empty text and nulls. */
  static String json(Optional<Article> article) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", article.map(Article::text).orElse(""));
    o.put("title", article.map(Article::title).orElse(""));
    if (article.isPresent() && article.get().published().isPresent()) {
      o.put("date", article.get().published().get().toString());
    } else {
      o.putNull("date");
    }
    if (article.isPresent() && !article.get().authors().isEmpty()) {
      o.put("author", String.join(", ", article.get().authors()));
    } else {
      o.putNull("author");
    }
    o.put("language", article.map(Article::language).orElse("und"));
    try {
      return MAPPER.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
