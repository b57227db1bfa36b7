package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberStatus;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;

/**
 * Professional profiles and the member directory. The profiles facade for other modules: {@link
 * #profile} for a member page.
 */
@Singleton
class ProfileService {

  private static final int CONTRIBUTIONS_SHOWN = 10;

  private final MemberProfileRepository profiles;
  private final MemberProfileTermRepository profileTerms;
  private final TaxonomyService taxonomies;
  private final MemberDirectory members;
  private final List<ContributionSource> contributionSources;
  private final ChangeFeed feed;
  private final ProfileFacts facts;

  ProfileService(
      MemberProfileRepository profiles,
      MemberProfileTermRepository profileTerms,
      TaxonomyService taxonomies,
      MemberDirectory members,
      List<ContributionSource> contributionSources,
      ChangeFeed feed,
      ProfileFacts facts) {
    this.profiles = profiles;
    this.profileTerms = profileTerms;
    this.facts = facts;
    this.taxonomies = taxonomies;
    this.members = members;
    this.contributionSources = contributionSources;
    this.feed = feed;
  }

  /** The member page of an active (or suspended) member; 404 for unknown, pending or deleted. */
  public MemberProfileView profile(long memberId) {
    // Who the member is and whether they are shown come from accounts (ADR 0024).
    MemberDirectory.Standing member = members.standing(memberId).orElse(null);
    if (member == null
        || !(member.status() == MemberStatus.ACTIVE || member.status() == MemberStatus.SUSPENDED)) {
      throw ApiException.notFound("Member");
    }
    MemberProfile row =
        profiles.findByMemberId(memberId).orElseGet(() -> MemberProfile.none(memberId));
    Map<TermRelation, List<Long>> terms = termsOf(memberId);
    Set<Long> ids = new HashSet<>();
    terms.values().forEach(ids::addAll);
    for (Long id :
        new Long[] {row.backgroundId(), row.workplaceTypeId(), row.regionId(), row.countyId()}) {
      if (id != null) {
        ids.add(id);
      }
    }
    Map<Long, TaxonomyTerm> byId = taxonomies.byIds(ids);
    List<Contribution> contributions = new ArrayList<>();
    Map<String, Integer> totals = new java.util.LinkedHashMap<>();
    for (ContributionSource source : contributionSources) {
      contributions.addAll(source.contributions(memberId, CONTRIBUTIONS_SHOWN));
      totals.putAll(source.totals(memberId));
    }
    contributions.sort(Comparator.comparing(Contribution::at).reversed());
    return new MemberProfileView(
        member.id(),
        member.displayName(),
        row.title(),
        row.organisation(),
        ref(byId, row.backgroundId()),
        ref(byId, row.workplaceTypeId()),
        ref(byId, row.regionId()),
        ref(byId, row.countyId()),
        refs(byId, terms.get(TermRelation.SYSTEM_USED)),
        refs(byId, terms.get(TermRelation.SYSTEM_KNOWN)),
        refs(byId, terms.get(TermRelation.EXPERTISE)),
        refs(byId, terms.get(TermRelation.LANGUAGE)),
        row.bio(),
        row.shiftPattern(),
        member.createdAt(),
        contributions.size() > CONTRIBUTIONS_SHOWN
            ? contributions.subList(0, CONTRIBUTIONS_SHOWN)
            : contributions,
        totals);
  }

  /**
   * Saves the whole profile form. Every taxonomy id is checked against its kind; a wrong one is a
   * 400 naming the field as sent ({@code systemsUsed[2]}), and nothing is written.
   */
  @Transactional
  public MemberProfileView update(long memberId, UpdateProfileRequest request) {
    PatientDataGuard.requireNone("bio", nullToEmpty(request.bio()));
    PatientDataGuard.requireNone("title", nullToEmpty(request.title()));
    Long regionId = request.regionId();
    if (request.backgroundId() != null) {
      taxonomies.require("backgroundId", request.backgroundId(), TaxonomyKind.BACKGROUND);
    }
    if (request.workplaceTypeId() != null) {
      taxonomies.require("workplaceTypeId", request.workplaceTypeId(), TaxonomyKind.WORKPLACE_TYPE);
    }
    if (regionId != null) {
      taxonomies.require("regionId", regionId, TaxonomyKind.REGION);
    }
    if (request.countyId() != null) {
      TaxonomyTerm county = taxonomies.require("countyId", request.countyId(), TaxonomyKind.COUNTY);
      if (regionId == null) {
        regionId = county.parentId();
      } else if (!regionId.equals(county.parentId())) {
        throw ApiException.invalidField(
            "countyId", "county-outside-region", "The county is not in the chosen health region");
      }
    }
    Map<TermRelation, List<Long>> terms = new EnumMap<>(TermRelation.class);
    terms.put(
        TermRelation.SYSTEM_USED,
        checked("systemsUsed", request.systemsUsed(), TaxonomyKind.SYSTEM));
    terms.put(
        TermRelation.SYSTEM_KNOWN,
        checked("systemsKnown", request.systemsKnown(), TaxonomyKind.SYSTEM));
    terms.put(
        TermRelation.EXPERTISE, checked("expertise", request.expertise(), TaxonomyKind.EXPERTISE));
    terms.put(
        TermRelation.LANGUAGE, checked("languages", request.languages(), TaxonomyKind.LANGUAGE));
    members.changeDisplayName(memberId, request.displayName());
    profiles.put(
        memberId,
        blankToNull(request.title()),
        blankToNull(request.organisation()),
        request.backgroundId(),
        request.workplaceTypeId(),
        regionId,
        request.countyId(),
        blankToNull(request.bio()),
        request.shiftPattern(),
        Instant.now());
    profileTerms.deleteByMemberId(memberId);
    List<MemberProfileTerm> rows = new ArrayList<>();
    terms.forEach(
        (relation, termIds) ->
            termIds.forEach(termId -> rows.add(new MemberProfileTerm(memberId, relation, termId))));
    if (!rows.isEmpty()) {
      profileTerms.saveAll(rows);
    }
    feed.publish(new ProfileUpdated(memberId));
    return profile(memberId);
  }

  /** Filters of the member directory; null means "any". */
  record DirectoryQuery(
      @Nullable String q,
      @Nullable Long region,
      @Nullable Long county,
      @Nullable Long workplaceType,
      @Nullable Long system,
      @Nullable Long background,
      @Nullable Long expertise,
      int page,
      int size) {}

  /**
   * Active members matching every filter, by name. The profile filters pick member ids from this
   * module's tables; who is active and the names are the accounts module's (ADR 0024).
   */
  MemberCardPage directory(DirectoryQuery query) {
    boolean filtered =
        query.region() != null
            || query.county() != null
            || query.workplaceType() != null
            || query.background() != null
            || query.system() != null
            || query.expertise() != null;
    List<Long> among =
        filtered
            ? profiles.memberIdsMatching(
                query.region(),
                query.county(),
                query.workplaceType(),
                query.background(),
                query.system(),
                query.expertise())
            : null;
    MemberDirectory.NamePage page =
        members.activeByName(among, query.q(), query.page(), query.size());
    List<MemberCard> cards = facts.cards(page.memberIds());
    return new MemberCardPage(cards, query.page(), query.size(), page.total());
  }

  private List<Long> checked(String field, @Nullable List<Long> ids, TaxonomyKind kind) {
    if (ids == null) {
      return List.of();
    }
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null) {
        throw ApiException.invalidField(field + "[" + i + "]", "unknown-term", "Missing id");
      }
      taxonomies.require(field + "[" + i + "]", id, kind);
    }
    return distinct;
  }

  private Map<TermRelation, List<Long>> termsOf(long memberId) {
    Map<TermRelation, List<Long>> result = new EnumMap<>(TermRelation.class);
    for (TermRelation r : TermRelation.values()) {
      result.put(r, new ArrayList<>());
    }
    for (MemberProfileTerm term : profileTerms.findByMemberId(memberId)) {
      result.get(term.relation()).add(term.termId());
    }
    return result;
  }

  private static @Nullable TermRef ref(Map<Long, TaxonomyTerm> byId, @Nullable Long id) {
    TaxonomyTerm term = id == null ? null : byId.get(id);
    return term == null ? null : TermRef.of(term);
  }

  private static List<TermRef> refs(Map<Long, TaxonomyTerm> byId, @Nullable List<Long> ids) {
    if (ids == null) {
      return List.of();
    }
    return ids.stream()
        .map(byId::get)
        .filter(java.util.Objects::nonNull)
        .sorted(
            Comparator.comparingInt(TaxonomyTerm::sortOrder).thenComparing(TaxonomyTerm::nameNb))
        .map(TermRef::of)
        .toList();
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
