package no.helsebro.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * Reminders (issue 12 item 1): to add a follow-up to an implementation story 3, 6 and 12 months
 * after it was posted (once per milestone, not when the author already followed up, not for a story
 * nobody may see); and to both members of a mentorship when a check-in is due. The job is called
 * with the time the test wants.
 */
@MicronautTest(transactional = false)
class ReminderTest {

  @Inject NotificationsApi api;
  @Inject ReminderJob job;

  /** A story by the member, posted {@code daysAgo} days before now. */
  private long story(TestMember author, String title, int daysAgo) {
    long topic = api.question(author, title);
    api.sql(
        "UPDATE forum_topics SET kind = 'STORY', created_at = UTC_TIMESTAMP(6) - INTERVAL ? DAY"
            + " WHERE id = ?",
        daysAgo,
        topic);
    return topic;
  }

  private List<Map<String, Object>> reminders(TestMember m) {
    return api.notifications(m).stream()
        .filter(n -> "STORY_FOLLOW_UP_DUE".equals(n.get("type")))
        .toList();
  }

  @Test
  void theAuthorOfAStoryPostedThreeMonthsAgoIsRemindedOnceWithALinkToIt() {
    TestMember author = api.veteran();
    String title = NotificationsApi.unique("Historie om e-resept");
    long topic = story(author, title, 95);

    job.run(Instant.now());
    job.run(Instant.now());

    assertThat(reminders(author)).hasSize(1);
    assertThat(reminders(author).get(0))
        .containsEntry("kind", "REMINDERS")
        .containsEntry("title", title)
        .containsEntry("link", "/forum/t/" + topic)
        .containsEntry("read", false);
  }

  @Test
  void aStoryIsRemindedAgainAtSixAndTwelveMonthsButNotBeforeThreeMonths() {
    TestMember author = api.veteran();
    long topic = story(author, NotificationsApi.unique("Ung historie"), 80);

    job.run(Instant.now());
    assertThat(reminders(author)).isEmpty();

    api.sql(
        "UPDATE forum_topics SET created_at = UTC_TIMESTAMP(6) - INTERVAL 185 DAY WHERE id = ?",
        topic);
    job.run(Instant.now());
    api.sql(
        "UPDATE forum_topics SET created_at = UTC_TIMESTAMP(6) - INTERVAL 370 DAY WHERE id = ?",
        topic);
    job.run(Instant.now());

    assertThat(reminders(author)).hasSize(2);
  }

  @Test
  void anAuthorWhoAlreadyAddedAFollowUpAfterTheMilestoneIsNotReminded() {
    TestMember author = api.veteran();
    long topic = story(author, NotificationsApi.unique("Fulgt opp"), 95);
    api.sql(
        "INSERT INTO forum_story_followups (topic_id, author_id, body_md, body_html, created_at)"
            + " VALUES (?, ?, 'Det virker fortsatt.', '<p>Det virker fortsatt.</p>',"
            + " UTC_TIMESTAMP(6) - INTERVAL 1 DAY)",
        topic,
        author.id());

    job.run(Instant.now());

    assertThat(reminders(author)).isEmpty();
  }

  @Test
  void aHiddenStoryGetsNoReminder() {
    TestMember author = api.veteran();
    long topic = story(author, NotificationsApi.unique("Skjult historie"), 95);
    api.sql("UPDATE forum_topics SET visible = FALSE WHERE id = ?", topic);

    job.run(Instant.now());

    assertThat(reminders(author)).isEmpty();
  }

  /** An active mentorship between the two that started {@code daysAgo} days before now. */
  private long mentorship(TestMember mentor, TestMember mentee, int daysAgo) {
    api.sql(
        "INSERT INTO mentorships (mentor_id, mentee_id, status, started_at)"
            + " VALUES (?, ?, 'ACTIVE', UTC_TIMESTAMP(6) - INTERVAL ? DAY)",
        mentor.id(),
        mentee.id(),
        daysAgo);
    return ((Number)
            api.rows(
                    "SELECT id FROM mentorships WHERE mentor_id = ? AND mentee_id = ?",
                    mentor.id(),
                    mentee.id())
                .get(0)
                .get(0))
        .longValue();
  }

  private List<Map<String, Object>> checkInReminders(TestMember m) {
    return api.notifications(m).stream()
        .filter(n -> "MENTORSHIP_CHECK_IN_DUE".equals(n.get("type")))
        .toList();
  }

  @Test
  void bothMembersOfAMentorshipWithoutACheckInForFourWeeksAreRemindedOnce() {
    TestMember mentor = api.veteran();
    TestMember mentee = api.veteran();
    long id = mentorship(mentor, mentee, 30);

    job.run(Instant.now());
    job.run(Instant.now());

    for (TestMember m : List.of(mentor, mentee)) {
      assertThat(checkInReminders(m)).hasSize(1);
      assertThat(checkInReminders(m).get(0))
          .containsEntry("kind", "REMINDERS")
          .containsEntry("link", "/mentoring/m/" + id);
    }
  }

  @Test
  void aRecentCheckInPutsTheNextReminderFourWeeksLater() {
    TestMember mentor = api.veteran();
    TestMember mentee = api.veteran();
    long id = mentorship(mentor, mentee, 60);
    api.sql(
        "INSERT INTO mentorship_check_ins (mentorship_id, held_on, note, created_by, created_at)"
            + " VALUES (?, CURRENT_DATE, 'Bra samtale.', ?, UTC_TIMESTAMP(6) - INTERVAL 3 DAY)",
        id,
        mentee.id());

    job.run(Instant.now());
    assertThat(checkInReminders(mentor)).isEmpty();

    job.run(Instant.now().plus(java.time.Duration.ofDays(26)));
    assertThat(checkInReminders(mentor)).hasSize(1);
    assertThat(checkInReminders(mentee)).hasSize(1);
  }
}
