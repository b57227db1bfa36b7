package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.forum.ForumFacts;
import no.helsebro.mentoring.MentoringFacts;
import no.helsebro.profiles.ProfileFacts;

/**
 * The isolation radar (docs/adr/0552): members whose questions got no answer, who have no peer in
 * their region or on a system, who asked for a mentor and have none, whose questions keep reaching
 * the coordinators, or who posted once and left. Profiles, questions and mentoring are read live
 * through the facades; "active once" from the nightly facts. A dismissed reason stays away until a
 * newer fact (a newer question, request or rung) brings it back.
 */
@Singleton
class IsolationRadar {

  private final ProfileFacts profiles;
  private final ForumFacts forum;
  private final MentoringFacts mentoring;
  private final MemberDirectory directory;
  private final InsightsMemberRepository factMembers;
  private final RadarDismissalRepository dismissals;
  private final RadarActionRepository actionRows;
  private final InsightsConfig config;

  IsolationRadar(
      ProfileFacts profiles,
      ForumFacts forum,
      MentoringFacts mentoring,
      MemberDirectory directory,
      InsightsMemberRepository factMembers,
      RadarDismissalRepository dismissals,
      RadarActionRepository actionRows,
      InsightsConfig config) {
    this.profiles = profiles;
    this.forum = forum;
    this.mentoring = mentoring;
    this.directory = directory;
    this.factMembers = factMembers;
    this.dismissals = dismissals;
    this.actionRows = actionRows;
    this.config = config;
  }

  /** Every active member's profile facts, by id. */
  Map<Long, ProfileFacts.MemberFacts> facts() {
    Map<Long, ProfileFacts.MemberFacts> all = new HashMap<>();
    long after = 0;
    for (var batch = profiles.activeMembers(after, 5000);
        !batch.isEmpty();
        batch = profiles.activeMembers(after, 5000)) {
      batch.forEach(f -> all.put(f.memberId(), f));
      after = batch.get(batch.size() - 1).memberId();
    }
    return all;
  }

  RadarPage page(@Nullable RadarReason only, int page, int size, Instant now) {
    Map<Long, ProfileFacts.MemberFacts> facts = facts();
    Map<Long, List<RadarEntryView.Reason>> reasons = new LinkedHashMap<>();
    alone(facts, reasons);
    Instant since = now.minus(config.getRadarWindow());
    Map<Long, List<ForumFacts.OpenQuestion>> unanswered = new HashMap<>();
    for (ForumFacts.OpenQuestion q :
        forum.unanswered(since, now.minus(config.getUnansweredAfter()), 2000)) {
      unanswered.computeIfAbsent(q.askerId(), k -> new ArrayList<>()).add(q);
    }
    unanswered.forEach(
        (member, qs) ->
            add(
                reasons,
                member,
                new RadarEntryView.Reason(
                    RadarReason.UNANSWERED,
                    qs.get(0).askedAt(),
                    qs.size(),
                    List.of(),
                    qs.stream().map(ForumFacts.OpenQuestion::topicId).toList())));
    for (MentoringFacts.UnmatchedMentee m : mentoring.unmatchedMentees(since)) {
      add(
          reasons,
          m.memberId(),
          new RadarEntryView.Reason(
              RadarReason.NO_MENTOR, m.lastAskedAt(), m.requests(), List.of(), List.of()));
    }
    for (MentoringFacts.LadderTopAsker a : mentoring.askersReachingCoordinators(since)) {
      if (a.questions() >= 2) {
        add(
            reasons,
            a.memberId(),
            new RadarEntryView.Reason(
                RadarReason.LADDER_TOP, a.lastReachedAt(), a.questions(), List.of(), List.of()));
      }
    }
    for (InsightsMemberRepository.LastPost r :
        factMembers.activeOnceBefore(now.minus(config.getGoneAfter()))) {
      add(
          reasons,
          r.memberId(),
          new RadarEntryView.Reason(
              RadarReason.ACTIVE_ONCE, r.lastPostAt(), 1, List.of(), List.of()));
    }

    Map<String, Instant> dismissed = new HashMap<>();
    for (RadarDismissalRepository.RadarDismissal d : dismissals.all()) {
      dismissed.put(d.memberId() + ":" + d.reason(), d.dismissedAt());
    }
    List<Map.Entry<Long, List<RadarEntryView.Reason>>> entries = new ArrayList<>();
    for (var e : reasons.entrySet()) {
      if (!facts.containsKey(e.getKey())) {
        continue;
      }
      List<RadarEntryView.Reason> kept =
          e.getValue().stream()
              .filter(r -> only == null || r.reason() == only)
              .filter(
                  r -> {
                    Instant at = dismissed.get(e.getKey() + ":" + r.reason());
                    return at == null || (r.since() != null && r.since().isAfter(at));
                  })
              .toList();
      if (!kept.isEmpty()) {
        entries.add(Map.entry(e.getKey(), kept));
      }
    }
    entries.sort(
        Comparator.<Map.Entry<Long, List<RadarEntryView.Reason>>>comparingInt(
                e -> -e.getValue().size())
            .thenComparing(e -> -newest(e.getValue()))
            .thenComparing(Map.Entry::getKey));
    int from = Math.min(entries.size(), page * size);
    List<Map.Entry<Long, List<RadarEntryView.Reason>>> shown =
        entries.subList(from, Math.min(entries.size(), from + size));
    List<Long> ids = shown.stream().map(Map.Entry::getKey).toList();
    Map<Long, MemberSummary> names = directory.summaries(ids);
    Map<Long, List<RadarEntryView.ActionTaken>> actions = actions(ids);
    List<RadarEntryView> items = new ArrayList<>();
    for (var e : shown) {
      MemberSummary s = names.get(e.getKey());
      items.add(
          new RadarEntryView(
              e.getKey(),
              s == null ? "" : s.displayName(),
              e.getValue(),
              actions.getOrDefault(e.getKey(), List.of())));
    }
    return new RadarPage(items, page, size, entries.size());
  }

  private static long newest(List<RadarEntryView.Reason> reasons) {
    return reasons.stream()
        .map(RadarEntryView.Reason::since)
        .filter(java.util.Objects::nonNull)
        .mapToLong(Instant::getEpochSecond)
        .max()
        .orElse(0);
  }

  /** No peer in the region, on a system, or on a system within the region. */
  private static void alone(
      Map<Long, ProfileFacts.MemberFacts> facts, Map<Long, List<RadarEntryView.Reason>> out) {
    Map<Long, Integer> regions = new HashMap<>();
    Map<Long, Integer> systems = new HashMap<>();
    Map<String, Integer> pairs = new HashMap<>();
    for (ProfileFacts.MemberFacts f : facts.values()) {
      if (f.regionId() != null) regions.merge(f.regionId(), 1, Integer::sum);
      for (Long s : f.systemIds()) {
        systems.merge(s, 1, Integer::sum);
        if (f.regionId() != null) pairs.merge(f.regionId() + ":" + s, 1, Integer::sum);
      }
    }
    for (ProfileFacts.MemberFacts f : facts.values()) {
      if (f.regionId() != null && regions.get(f.regionId()) == 1) {
        add(out, f.memberId(), reason(RadarReason.NO_PEER_IN_REGION, List.of(f.regionId())));
      }
      List<Long> lonely = new ArrayList<>();
      List<Long> groupOfOne = new ArrayList<>();
      for (Long s : f.systemIds()) {
        if (systems.get(s) == 1) {
          lonely.add(s);
        } else if (f.regionId() != null && pairs.get(f.regionId() + ":" + s) == 1) {
          groupOfOne.add(s);
        }
      }
      if (!lonely.isEmpty()) {
        add(out, f.memberId(), reason(RadarReason.NO_PEER_ON_SYSTEM, lonely));
      }
      if (!groupOfOne.isEmpty()) {
        List<Long> terms = new ArrayList<>(groupOfOne);
        terms.add(0, f.regionId());
        add(out, f.memberId(), reason(RadarReason.ALONE_ON_SYSTEM_IN_REGION, terms));
      }
    }
  }

  private static RadarEntryView.Reason reason(RadarReason r, List<Long> terms) {
    return new RadarEntryView.Reason(r, null, terms.size(), terms, List.of());
  }

  private static void add(
      Map<Long, List<RadarEntryView.Reason>> out, long member, RadarEntryView.Reason reason) {
    out.computeIfAbsent(member, k -> new ArrayList<>()).add(reason);
  }

  Map<Long, List<RadarEntryView.ActionTaken>> actions(List<Long> memberIds) {
    Map<Long, List<RadarEntryView.ActionTaken>> out = new HashMap<>();
    if (memberIds.isEmpty()) {
      return out;
    }
    List<RadarActionRepository.RadarActionTaken> rows = actionRows.ofMembers(memberIds);
    Map<Long, MemberSummary> by =
        directory.summaries(
            rows.stream()
                .map(RadarActionRepository.RadarActionTaken::takenBy)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    for (RadarActionRepository.RadarActionTaken r : rows) {
      MemberSummary s = r.takenBy() == null ? null : by.get(r.takenBy());
      out.computeIfAbsent(r.memberId(), k -> new ArrayList<>())
          .add(
              new RadarEntryView.ActionTaken(
                  r.action(), r.takenAt(), s == null ? null : s.displayName(), r.targetId()));
    }
    return out;
  }
}
