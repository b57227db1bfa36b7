package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.profiles.TaxonomyChanged;
import no.helsebro.profiles.TaxonomyService;
import no.helsebro.profiles.TaxonomyTerm;

/**
 * The shared taxonomy terms (systems, workplace types, regions, ...) as mentoring reads them: kept
 * in memory, forgotten on every node when a term changes (a {@link TaxonomyChanged} on the change
 * feed moves {@link TaxonomyService#termsGeneration}), reloaded at once when an unknown id turns
 * up, and at least every minute (a safety net for changes made without an event).
 */
@Singleton
class TermCatalog {

  static final String SYSTEM = "SYSTEM";
  static final String WORKPLACE_TYPE = "WORKPLACE_TYPE";
  static final String BACKGROUND = "BACKGROUND";
  static final String REGION = "REGION";
  static final String COUNTY = "COUNTY";
  static final String EXPERTISE = "EXPERTISE";
  static final String LANGUAGE = "LANGUAGE";

  private static final Duration MAX_AGE = Duration.ofMinutes(1);

  private final TaxonomyService taxonomies;
  private volatile Snapshot snapshot;

  TermCatalog(TaxonomyService taxonomies) {
    this.taxonomies = taxonomies;
  }

  /** One taxonomy term. */
  record Term(
      long id,
      String kind,
      String code,
      String nameNb,
      String nameEn,
      @Nullable Long parentId,
      int sortOrder,
      boolean archived) {}

  private record Snapshot(Map<Long, Term> byId, long generation, long loadedAt) {}

  @Nullable
  Term get(long id) {
    Term t = current().byId.get(id);
    if (t == null) {
      t = reload().byId.get(id);
    }
    return t;
  }

  /** The id of a term by kind and code, or null. */
  @Nullable
  Long idOf(String kind, String code) {
    Long id = idOf(current(), kind, code);
    return id != null ? id : idOf(reload(), kind, code);
  }

  @Nullable
  private static Long idOf(Snapshot snapshot, String kind, String code) {
    for (Term t : snapshot.byId.values()) {
      if (t.kind.equals(kind) && t.code.equals(code)) {
        return t.id;
      }
    }
    return null;
  }

  /** Terms of a kind in their sort order, archived ones left out. */
  List<Term> ofKind(String kind) {
    List<Term> out = new ArrayList<>();
    for (Term t : current().byId.values()) {
      if (t.kind.equals(kind) && !t.archived) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingInt(Term::sortOrder).thenComparing(Term::nameNb));
    return out;
  }

  /** The terms for these ids, in the catalog's order; unknown ids are left out. */
  List<Term> all(Collection<Long> ids) {
    List<Term> out = new ArrayList<>();
    for (Long id : ids) {
      Term t = get(id);
      if (t != null) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingInt(Term::sortOrder).thenComparing(Term::nameNb));
    return out;
  }

  /**
   * Checks that every id names a live term of the given kind; refuses the request naming the field
   * otherwise.
   */
  Set<Long> require(String field, String kind, @Nullable Collection<Long> ids) {
    Set<Long> out = new LinkedHashSet<>();
    if (ids == null) {
      return out;
    }
    for (Long id : ids) {
      if (id == null) {
        throw ApiException.invalidField(field, "unknown-term", "Unknown " + kind.toLowerCase());
      }
      Term t = get(id);
      if (t == null || !t.kind.equals(kind) || t.archived) {
        throw ApiException.invalidField(field, "unknown-term", "Unknown " + kind.toLowerCase());
      }
      out.add(id);
    }
    return out;
  }

  @Nullable
  Long requireOne(String field, String kind, @Nullable Long id) {
    if (id == null) {
      return null;
    }
    require(field, kind, List.of(id));
    return id;
  }

  /** The health region of a region or county term, or null. */
  @Nullable
  Long regionOf(@Nullable Long termId) {
    if (termId == null) {
      return null;
    }
    Term t = get(termId);
    if (t == null) {
      return null;
    }
    if (t.kind.equals(REGION)) {
      return t.id;
    }
    return t.kind.equals(COUNTY) ? t.parentId : null;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s == null
        || s.generation != taxonomies.termsGeneration()
        || System.nanoTime() - s.loadedAt > MAX_AGE.toNanos()) {
      s = reload();
    }
    return s;
  }

  synchronized Snapshot reload() {
    // Stamped with the generation from before the read: a change committing meanwhile makes the
    // snapshot stale at once.
    long before = taxonomies.termsGeneration();
    Map<Long, Term> byId = new HashMap<>();
    for (TaxonomyTerm t : taxonomies.terms(null)) {
      byId.put(
          t.id(),
          new Term(
              t.id(),
              t.kind().name(),
              t.code(),
              t.nameNb(),
              t.nameEn(),
              t.parentId(),
              t.sortOrder(),
              t.archived()));
    }
    Snapshot s = new Snapshot(Map.copyOf(byId), before, System.nanoTime());
    snapshot = s;
    return s;
  }
}
