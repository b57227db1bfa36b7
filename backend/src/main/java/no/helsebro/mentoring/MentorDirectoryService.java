package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.helsebro.mentoring.matching.Shift;

/** The mentor directory and mentor pages, served from the in-memory {@link MentorPool}. */
@Singleton
class MentorDirectoryService {

  private final MentorPool pool;
  private final MentorViews views;
  private final MentorRelations relations;

  MentorDirectoryService(MentorPool pool, MentorViews views, MentorRelations relations) {
    this.pool = pool;
    this.views = views;
    this.relations = relations;
  }

  /** Directory filters; null means "any". Shifts match when the mentor has any of them. */
  record Filter(
      @Nullable Long system,
      @Nullable Long workplaceType,
      @Nullable Long region,
      @Nullable Long background,
      @Nullable Long language,
      List<Shift> availability,
      boolean hasCapacity,
      @Nullable String query) {}

  MentorPage list(Filter f, int page, int size, String sort) {
    int shifts = Shift.mask(f.availability());
    String q = f.query() == null ? "" : f.query().strip().toLowerCase(Locale.ROOT);
    List<MentorPool.Mentor> hits = new ArrayList<>();
    for (MentorPool.Mentor m : pool.current().mentors()) {
      var c = m.candidate();
      if ((f.system() == null || c.systems().contains(f.system()))
          && (f.workplaceType() == null || c.workplaceTypes().contains(f.workplaceType()))
          && (f.region() == null || c.regions().contains(f.region()))
          && (f.background() == null || c.background() == f.background())
          && (f.language() == null || c.languages().contains(f.language()))
          && (shifts == 0 || (m.availability() & shifts) != 0)
          && (!f.hasCapacity() || c.available())
          && (q.isEmpty() || m.displayName().toLowerCase(Locale.ROOT).contains(q))) {
        hits.add(m);
      }
    }
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
    Comparator<MentorPool.Mentor> byName =
        Comparator.comparing(MentorPool.Mentor::displayName, collator)
            .thenComparingLong(MentorPool.Mentor::id);
    hits.sort(
        switch (sort) {
          case "free-places" ->
              Comparator.comparing((MentorPool.Mentor m) -> m.paused())
                  .thenComparing(Comparator.comparingInt(MentorPool.Mentor::freePlaces).reversed())
                  .thenComparing(byName);
          case "newest" ->
              Comparator.comparing(MentorPool.Mentor::since).reversed().thenComparing(byName);
          default -> byName;
        });
    int from = Math.min(hits.size(), page * size);
    int to = Math.min(hits.size(), from + size);
    List<MentorSummary> items = hits.subList(from, to).stream().map(views::summary).toList();
    int totalPages = (hits.size() + size - 1) / size;
    return new MentorPage(items, page, size, hits.size(), totalPages);
  }

  Optional<MentorView> get(long mentorId, long viewerId) {
    MentorPool.Mentor m = pool.current().byId().get(mentorId);
    if (m == null) {
      return Optional.empty();
    }
    MentorRelations.Relation r = relations.between(viewerId, m);
    return Optional.of(
        new MentorView(
            views.summary(m),
            m.introduction(),
            viewerId == mentorId,
            r.openRequestId(),
            r.mentorshipId(),
            r.refusal() == null,
            r.refusal()));
  }
}
