package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.helsebro.mentoring.matching.Shift;

/** Turns pool entries into the views the API answers with. */
@Singleton
class MentorViews {

  private final TermCatalog terms;

  MentorViews(TermCatalog terms) {
    this.terms = terms;
  }

  MentorSummary summary(MentorPool.Mentor m) {
    var c = m.candidate();
    TermCatalog.Term background = c.background() == 0 ? null : terms.get(c.background());
    return new MentorSummary(
        m.id(),
        m.displayName(),
        background == null ? null : TermView.of(background),
        views(c.systems()),
        views(c.topics()),
        views(c.workplaceTypes()),
        views(c.regions()),
        views(c.languages()),
        new ArrayList<>(Shift.of(m.availability())),
        ContactMode.valueOf(m.contactMode()),
        m.capacity(),
        m.activeMentees(),
        m.freePlaces(),
        m.paused());
  }

  List<TermView> views(Collection<Long> ids) {
    return terms.all(ids).stream().map(TermView::of).toList();
  }
}
