package org.tidings.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.Event;
import org.tidings.model.Quote;
import org.tidings.store.Store;

/** A store in a map, for testing the commands without a database. */
final class MemoryStore implements Store {
  final Map<String, Analysis> articles = new LinkedHashMap<>();
  final List<DeadLetter> deadLetters = new ArrayList<>();
  int opened;
  int closed;
  String refuseTextWith = null;

  @Override
  public boolean put(Analysis analysis) {
    if (refuseTextWith != null && analysis.article().text().contains(refuseTextWith)) {
      throw new IllegalStateException("refused");
    }
    return articles.put(analysis.article().id(), analysis) == null;
  }

  @Override
  public void putDeadLetter(String location, List<Diagnostic> diagnostics) {
    deadLetters.add(new DeadLetter(location, diagnostics, "now"));
  }

  @Override
  public Optional<Analysis> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  private static ArticleSummary summary(Analysis a) {
    var art = a.article();
    return new ArticleSummary(art.id(), art.source(), art.title(), art.published(), art.language());
  }

  @Override
  public List<ArticleSummary> articles(int offset, int limit) {
    return articles.values().stream().skip(offset).limit(limit).map(MemoryStore::summary).toList();
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    String q = query.toLowerCase(Locale.ROOT);
    return articles.values().stream()
        .filter(a -> a.article().text().toLowerCase(Locale.ROOT).contains(q))
        .limit(limit)
        .map(a -> new SearchHit(summary(a), 1.0, "… <b>" + query + "</b> …"))
        .toList();
  }

  @Override
  public List<StoredEvent> events(EventQuery query) {
    List<StoredEvent> out = new ArrayList<>();
    for (Analysis a : articles.values()) {
      for (Event e : a.events()) {
        boolean actor =
            query
                .actor()
                .map(x -> e.source().startsWith(x) || e.target().startsWith(x))
                .orElse(true);
        boolean code = query.code().map(e.code()::startsWith).orElse(true);
        if (actor && code) {
          out.add(new StoredEvent(a.article().id(), e, e.sentence().of(a.article().text())));
        }
      }
    }
    return out.stream().limit(query.limit()).toList();
  }

  @Override
  public List<EntityCount> entities(Optional<String> type, int limit) {
    Map<String, List<Entity>> byName = new LinkedHashMap<>();
    for (Analysis a : articles.values()) {
      for (Entity e : a.entities()) {
        if (type.map(t -> t.equals(e.type().name())).orElse(true)) {
          byName.computeIfAbsent(e.canonical(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    return byName.values().stream()
        .map(l -> new EntityCount(l.get(0), l.size(), 1))
        .sorted(Comparator.comparingInt(EntityCount::mentions).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<StoredQuote> quotes(Optional<String> speaker, int limit) {
    List<StoredQuote> out = new ArrayList<>();
    for (Analysis a : articles.values()) {
      for (Quote q : a.quotes()) {
        if (speaker.map(s -> s.equalsIgnoreCase(q.speaker())).orElse(true)) {
          out.add(new StoredQuote(a.article().id(), q));
        }
      }
    }
    return out.stream().limit(limit).toList();
  }

  @Override
  public List<StoredTransfer> transfers(TransferQuery query) {
    List<StoredTransfer> out = new ArrayList<>();
    for (Analysis a : articles.values()) {
      for (ArmsTransfer t : a.transfers()) {
        if (query.supplier().map(t.supplier()::equals).orElse(true)
            && query.recipient().map(t.recipient()::equals).orElse(true)) {
          out.add(new StoredTransfer(a.article().id(), t, t.sentence().of(a.article().text())));
        }
      }
    }
    return out.stream().limit(query.limit()).toList();
  }

  @Override
  public List<DeadLetter> deadLetters(int limit) {
    return deadLetters.stream().limit(limit).toList();
  }

  @Override
  public Stats stats() {
    long entities = articles.values().stream().mapToLong(a -> a.entities().size()).sum();
    long quotes = articles.values().stream().mapToLong(a -> a.quotes().size()).sum();
    long events = articles.values().stream().mapToLong(a -> a.events().size()).sum();
    long transfers = articles.values().stream().mapToLong(a -> a.transfers().size()).sum();
    return new Stats(articles.size(), entities, quotes, events, transfers, deadLetters.size());
  }

  @Override
  public void close() {
    closed++;
  }
}
