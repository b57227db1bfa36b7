package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.mentoring.matching.MenteeNeeds;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.platform.guard.PatientDataGuard;

/** A mentee's stated needs, and the engine's view of them (completed from the profile). */
@Singleton
class MenteeNeedsService {

  private final MenteeNeedRepository needs;
  private final MenteeNeedTermRepository needTerms;
  private final TermCatalog terms;
  private final MemberFacts facts;
  private final MenteePlaces places;

  MenteeNeedsService(
      MenteeNeedRepository needs,
      MenteeNeedTermRepository needTerms,
      TermCatalog terms,
      MemberFacts facts,
      MenteePlaces places) {
    this.needs = needs;
    this.needTerms = needTerms;
    this.terms = terms;
    this.facts = facts;
    this.places = places;
  }

  /** The member's needs; when none are stated yet, a view prefilled from their profile. */
  MenteeNeedsView mine(long memberId) {
    Optional<MenteeNeed> row = needs.findById(memberId);
    Optional<MemberFacts.Facts> f = facts.of(memberId);
    Long background = f.map(MemberFacts.Facts::background).orElse(null);
    if (row.isEmpty()) {
      return new MenteeNeedsView(
          List.of(),
          List.of(),
          null,
          term(f.map(MemberFacts.Facts::workplaceType).orElse(null)),
          term(f.map(MemberFacts.Facts::region).orElse(null)),
          null,
          term(background),
          List.of(),
          false,
          false,
          places.wanted(memberId),
          null);
    }
    MenteeNeed r = row.get();
    List<TermCatalog.Term> needTerms = terms.all(termIds(memberId));
    return new MenteeNeedsView(
        ofKind(needTerms, TermCatalog.SYSTEM),
        ofKind(needTerms, TermCatalog.EXPERTISE),
        r.goals(),
        term(r.workplaceTypeId()),
        term(r.regionId()),
        term(r.languageId()),
        term(background),
        new ArrayList<>(Shift.of(r.availability())),
        r.sameRegion(),
        r.sameBackground(),
        places.wanted(memberId),
        r.updatedAt());
  }

  boolean stated(long memberId) {
    return needs.existsById(memberId);
  }

  @Transactional
  MenteeNeedsView save(long memberId, MenteeNeedsRequest r) {
    PatientDataGuard.requireNone("goals", r.goals());
    Set<Long> all = new LinkedHashSet<>();
    all.addAll(terms.require("systemIds", TermCatalog.SYSTEM, r.systemIds()));
    all.addAll(terms.require("topicIds", TermCatalog.EXPERTISE, r.topicIds()));
    Long workplace =
        terms.requireOne("workplaceTypeId", TermCatalog.WORKPLACE_TYPE, r.workplaceTypeId());
    Long region = terms.requireOne("regionId", TermCatalog.REGION, r.regionId());
    Long language = terms.requireOne("languageId", TermCatalog.LANGUAGE, r.languageId());
    String goals = r.goals() == null || r.goals().isBlank() ? null : r.goals().strip();
    needs.upsert(
        memberId,
        goals,
        workplace,
        region,
        language,
        Shift.mask(r.availability()),
        r.sameRegion(),
        r.sameBackground(),
        Instant.now());
    if (r.maxMentorships() != null) {
      places.setWanted(memberId, r.maxMentorships());
    }
    needTerms.deleteByMemberId(memberId);
    for (Long id : all) {
      needTerms.save(new MenteeNeedTerm(memberId, id));
    }
    return mine(memberId);
  }

  /** The engine's view of one mentee's needs, or empty if they have stated none. */
  Optional<MenteeNeeds> needsFor(long memberId) {
    return Optional.ofNullable(needsFor(List.of(memberId)).get(memberId));
  }

  /** The engine's view of many mentees' needs (for cohorts); members without needs are left out. */
  Map<Long, MenteeNeeds> needsFor(Collection<Long> memberIds) {
    Map<Long, MenteeNeeds> out = new HashMap<>();
    List<Long> ids = new ArrayList<>(memberIds);
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      List<MenteeNeed> rows = needs.findByMemberIdIn(chunk);
      Map<Long, Set<Long>> termsOf = new HashMap<>();
      for (MenteeNeedTerm t : needTerms.findByMemberIdIn(chunk)) {
        termsOf.computeIfAbsent(t.memberId(), k -> new HashSet<>()).add(t.termId());
      }
      Map<Long, MemberFacts.Facts> f = facts.of(chunk);
      for (MenteeNeed r : rows) {
        MemberFacts.Facts mf = f.get(r.memberId());
        Set<Long> systems = new HashSet<>();
        Set<Long> topics = new HashSet<>();
        for (Long id : termsOf.getOrDefault(r.memberId(), Set.of())) {
          TermCatalog.Term t = terms.get(id);
          if (t != null && t.kind().equals(TermCatalog.SYSTEM)) {
            systems.add(id);
          } else if (t != null && t.kind().equals(TermCatalog.EXPERTISE)) {
            topics.add(id);
          }
        }
        Long workplace =
            r.workplaceTypeId() != null
                ? r.workplaceTypeId()
                : mf == null ? null : mf.workplaceType();
        Long region = r.regionId() != null ? r.regionId() : mf == null ? null : mf.region();
        Long background = mf == null ? null : mf.background();
        out.put(
            r.memberId(),
            new MenteeNeeds(
                r.memberId(),
                systems,
                topics,
                zero(workplace),
                zero(region),
                zero(background),
                zero(r.languageId()),
                r.availability(),
                r.sameRegion(),
                r.sameBackground()));
      }
    }
    return out;
  }

  private List<Long> termIds(long memberId) {
    return needTerms.findByMemberId(memberId).stream().map(MenteeNeedTerm::termId).toList();
  }

  private static long zero(@Nullable Long id) {
    return id == null ? 0 : id;
  }

  @Nullable
  private TermView term(@Nullable Long id) {
    if (id == null) {
      return null;
    }
    TermCatalog.Term t = terms.get(id);
    return t == null ? null : TermView.of(t);
  }

  private static List<TermView> ofKind(List<TermCatalog.Term> all, String kind) {
    return all.stream().filter(t -> t.kind().equals(kind)).map(TermView::of).toList();
  }
}
