package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import no.helsebro.accounts.MemberSummary;

/**
 * The forum's one rule for what every member sees, as SQL conditions on a topic aliased {@code t}
 * and a post aliased {@code p}, and as a test of an author's standing. The forum's lists use it,
 * and so does {@link ForumSearchSource} that feeds the search index: search never shows what a list
 * would not.
 */
final class ForumVisibility {

  /** A topic that is listed: neither hidden, deleted nor merged away ({@code visible}). */
  static final String LISTED_TOPIC = "t.visible = TRUE";

  /** A post everybody sees whole: neither deleted nor hidden by a coordinator or by flags. */
  static final String SHOWN_POST = "NOT p.deleted AND NOT p.hidden";

  /**
   * Content whose author (as the accounts module describes them; null for none or unknown) may be
   * shown to others in search: not waiting for approval and not suspended. A deleted account's
   * posts stay, without a name.
   */
  static boolean authorInGoodStanding(@Nullable MemberSummary author) {
    return author == null
        || switch (author.status()) {
          case PENDING_EMAIL, PENDING_APPROVAL, SUSPENDED -> false;
          default -> true;
        };
  }

  private ForumVisibility() {}
}
