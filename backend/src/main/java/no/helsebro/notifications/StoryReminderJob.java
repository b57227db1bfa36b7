package no.helsebro.notifications;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import no.helsebro.forum.ForumFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every hour, on one node (ShedLock): reminds the author of an implementation story to add a
 * follow-up 3, 6 and 12 months after it was posted, unless they already did (issue 12 item 1).
 * Reminders are looked for over the last {@link #WINDOW}, so a node that was down catches up; the
 * dedupe key (story and month) makes each reminder once. Tests call {@link #run}.
 */
@Singleton
class StoryReminderJob {

  private static final Logger LOG = LoggerFactory.getLogger(StoryReminderJob.class);
  static final Duration WINDOW = Duration.ofDays(14);

  private final ForumFacts forum;
  private final NotificationWriter writer;

  StoryReminderJob(ForumFacts forum, NotificationWriter writer) {
    this.forum = forum;
    this.writer = writer;
  }

  @Scheduled(
      fixedDelay = "${helsebro.notifications.reminder-interval:1h}",
      initialDelay = "${helsebro.notifications.reminder-initial-delay:5m}")
  @SchedulerLock(name = "notifications.story-reminders", lockAtMostFor = "10m")
  void scheduled() {
    int n = run(Instant.now());
    if (n > 0) {
      LOG.info("Reminded {} story authors to add a follow-up", n);
    }
  }

  /** Writes the reminders due at {@code now}; answers how many members got a new one. */
  int run(Instant now) {
    List<Candidate> due =
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
            .toList();
    return due.isEmpty() ? 0 : writer.write(due).size();
  }
}
