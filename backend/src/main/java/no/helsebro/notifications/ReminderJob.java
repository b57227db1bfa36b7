package no.helsebro.notifications;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import no.helsebro.forum.ForumFacts;
import no.helsebro.mentoring.MentoringFacts;
import no.helsebro.platform.jobs.JobPasses;

/**
 * Every hour, on one node (ShedLock), the reminders of issue 12 item 1: the author of an
 * implementation story is reminded to add a follow-up 3, 6 and 12 months after it was posted,
 * unless they already did (looked for over the last {@link #WINDOW}, so a node that was down
 * catches up); both members of a mentorship are told a check-in is due {@link #CHECK_IN_EVERY}
 * after the last one (or the start). The dedupe keys (story and month; mentorship and the time of
 * the last check-in) make each reminder once. Tests call {@link #run}.
 */
@Singleton
class ReminderJob {

  static final Duration WINDOW = Duration.ofDays(14);
  static final Duration CHECK_IN_EVERY = Duration.ofDays(28);

  private final ForumFacts forum;
  private final MentoringFacts mentoring;
  private final NotificationWriter writer;

  ReminderJob(ForumFacts forum, MentoringFacts mentoring, NotificationWriter writer) {
    this.forum = forum;
    this.mentoring = mentoring;
    this.writer = writer;
  }

  @Scheduled(
      fixedDelay = "${helsebro.notifications.reminder-interval:1h}",
      initialDelay = "${helsebro.notifications.reminder-initial-delay:5m}")
  @SchedulerLock(name = "notifications.reminders", lockAtMostFor = "10m")
  void scheduled() {
    JobPasses.run(
        ReminderJob.class,
        "Reminded {} members (story follow-ups, mentorship check-ins)",
        () -> run(Instant.now()));
  }

  /** Writes the reminders due at {@code now}; answers how many members got a new one. */
  int run(Instant now) {
    List<Candidate> due = new ArrayList<>();
    forum.storiesDueForFollowUp(now, WINDOW).stream()
        .map(
            s ->
                new Candidate(
                    s.authorId(),
                    NotificationType.STORY_FOLLOW_UP_DUE,
                    "story-follow-up:" + s.topicId() + ":" + s.months(),
                    s.topicId(),
                    null,
                    null,
                    s.title(),
                    "/forum/t/" + s.topicId()))
        .forEach(due::add);
    for (MentoringFacts.CheckInDue c : mentoring.checkInsDue(now, CHECK_IN_EVERY)) {
      String key = "check-in-due:" + c.mentorshipId() + ":" + c.since().toEpochMilli();
      for (long member : List.of(c.mentorId(), c.menteeId())) {
        due.add(
            new Candidate(
                member,
                NotificationType.MENTORSHIP_CHECK_IN_DUE,
                key,
                null,
                null,
                null,
                "",
                "/mentoring/m/" + c.mentorshipId()));
      }
    }
    return due.isEmpty() ? 0 : writer.write(due).size();
  }
}
