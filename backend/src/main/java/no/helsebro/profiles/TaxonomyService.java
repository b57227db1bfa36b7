package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;

/**
 * The profiles module's taxonomy facade: read the vocabularies (other modules use {@link #terms}
 * and {@link #require} to check ids they store, e.g. a topic's system), and let coordinators edit
 * them. Terms are archived rather than deleted, because profiles and posts refer to them.
 */
@Singleton
public class TaxonomyService {

  private final TaxonomyRepository terms;
  private final AuditLog audit;
  private final ChangeFeed feed;
  private final TermCache cache;

  TaxonomyService(TaxonomyRepository terms, AuditLog audit, ChangeFeed feed, TermCache cache) {
    this.terms = terms;
    this.audit = audit;
    this.feed = feed;
    this.cache = cache;
  }

  /** All terms of a kind (archived ones too, flagged), in display order; all kinds when null. */
  public List<TaxonomyTerm> terms(@Nullable TaxonomyKind kind) {
    return kind == null
        ? terms.findAllOrderByKindAscAndSortOrderAscAndNameNbAsc()
        : terms.findByKindOrderBySortOrderAscAndNameNbAsc(kind);
  }

  /**
   * Grows with every change of a term on any node (a {@link TaxonomyChanged}): another module's
   * copy of the terms stamped with an older value is stale.
   */
  public long termsGeneration() {
    return cache.generation();
  }

  /** Terms by id (from a cache that every node forgets when a term changes, {@link TermCache}). */
  public Map<Long, TaxonomyTerm> byIds(Collection<Long> ids) {
    Map<Long, TaxonomyTerm> all = cache.all();
    Map<Long, TaxonomyTerm> result = new LinkedHashMap<>();
    for (Long id : ids) {
      TaxonomyTerm term = all.get(id);
      if (term != null) {
        result.put(id, term);
      }
    }
    return result;
  }

  /**
   * Checks that {@code id} is a live term of {@code kind}; otherwise a 400 naming {@code field}
   * ({@code code: unknown-term}).
   */
  public TaxonomyTerm require(String field, long id, TaxonomyKind kind) {
    return terms
        .findById(id)
        .filter(t -> t.kind() == kind && !t.archived())
        .orElseThrow(
            () ->
                ApiException.invalidField(
                    field, "unknown-term", "No " + kind.name().toLowerCase() + " with id " + id));
  }

  @Transactional
  TaxonomyTerm create(CurrentMember actor, String actorName, TaxonomyRequest request) {
    if (terms.existsByKindAndCode(request.kind(), request.code())) {
      throw ApiException.invalidField("code", "code-taken", "The code is already in use");
    }
    checkParent(request);
    TaxonomyTerm saved =
        terms.save(
            new TaxonomyTerm(
                null,
                request.kind(),
                request.code(),
                request.nameNb().trim(),
                request.nameEn().trim(),
                request.parentId(),
                request.sortOrder() == null ? 100 : request.sortOrder(),
                Boolean.TRUE.equals(request.archived()),
                java.time.Instant.now()));
    audit.record(
        actor.id(),
        actorName,
        "taxonomy.created",
        "taxonomy-term",
        saved.id(),
        null,
        Map.of("kind", saved.kind().name(), "code", saved.code(), "nameNb", saved.nameNb()));
    feed.publish(new TaxonomyChanged(saved.kind(), saved.id()));
    return terms.findById(saved.id()).orElseThrow();
  }

  @Transactional
  TaxonomyTerm update(CurrentMember actor, String actorName, long id, TaxonomyRequest request) {
    TaxonomyTerm old = terms.findById(id).orElseThrow(() -> ApiException.notFound("Term"));
    if (old.kind() != request.kind() || !old.code().equals(request.code())) {
      throw ApiException.invalidField("code", "code-fixed", "Kind and code cannot change");
    }
    checkParent(request);
    TaxonomyTerm updated =
        terms.update(
            new TaxonomyTerm(
                old.id(),
                old.kind(),
                old.code(),
                request.nameNb().trim(),
                request.nameEn().trim(),
                request.parentId(),
                request.sortOrder() == null ? old.sortOrder() : request.sortOrder(),
                request.archived() == null ? old.archived() : request.archived(),
                old.createdAt()));
    audit.record(
        actor.id(),
        actorName,
        updated.archived() && !old.archived() ? "taxonomy.archived" : "taxonomy.updated",
        "taxonomy-term",
        id,
        null,
        Map.of(
            "kind",
            old.kind().name(),
            "code",
            old.code(),
            "before",
            old.nameNb() + " / " + old.nameEn(),
            "after",
            updated.nameNb() + " / " + updated.nameEn()));
    feed.publish(new TaxonomyChanged(updated.kind(), id));
    return updated;
  }

  private void checkParent(TaxonomyRequest request) {
    if (request.kind() == TaxonomyKind.COUNTY) {
      if (request.parentId() == null) {
        throw ApiException.invalidField(
            "parentId", "required", "A county belongs to a health region");
      }
      require("parentId", request.parentId(), TaxonomyKind.REGION);
    } else if (request.parentId() != null) {
      throw ApiException.invalidField("parentId", "no-parent", "Only counties have a parent");
    }
  }

  /**
   * The ids of the terms of {@code kind} that have one of the given codes, archived ones too, from
   * the cache; unknown codes are left out. For other modules' filters by code (the forum's lists).
   */
  public Set<Long> idsByCode(TaxonomyKind kind, Collection<String> codes) {
    Set<Long> ids = new LinkedHashSet<>();
    for (TaxonomyTerm t : cache.all().values()) {
      if (t.kind() == kind && codes.contains(t.code())) {
        ids.add(t.id());
      }
    }
    return ids;
  }
}
