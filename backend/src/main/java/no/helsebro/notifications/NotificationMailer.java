package no.helsebro.notifications;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.mail.MailOutbox;
import no.helsebro.platform.mail.OutgoingMail;

/**
 * Writes one member's due notification mail to the mail outbox (docs/adr/0502): each notification
 * chosen "at once" as a mail of its own, the daily and weekly digests when their time has come,
 * none of it inside the member's quiet hours. The notifications are marked mailed in the same
 * transaction as the outbox rows, so each is mailed once. A notification the member has already
 * read in the app is not mailed.
 */
@Singleton
class NotificationMailer {

  // Hand-written SQL: the claim, the member's due rows locked FOR UPDATE (docs/adr/0502, 0505).
  private final JdbcQueries sql;
  private final NotificationRepository rows;
  private final MemberDirectory members;
  private final NotificationSettingsService settings;
  private final UnsubscribeLinks links;
  private final MailOutbox outbox;

  NotificationMailer(
      JdbcQueries sql,
      NotificationRepository rows,
      MemberDirectory members,
      NotificationSettingsService settings,
      UnsubscribeLinks links,
      MailOutbox outbox) {
    this.sql = sql;
    this.rows = rows;
    this.members = members;
    this.settings = settings;
    this.links = links;
    this.outbox = outbox;
  }

  private record Due(
      long id,
      NotificationType type,
      Delivery delivery,
      Long actorId,
      String title,
      String link,
      Instant createdAt,
      boolean read) {}

  /** Answers how many mails were written for the member. */
  @Transactional
  int mailDue(long memberId, Instant now) {
    MailSchedule schedule = settings.schedule(memberId);
    if (schedule.quiet(now)) {
      return 0;
    }
    List<Due> due =
        sql.list(
            "SELECT id, kind, mail_due, actor_id, title, link, created_at, read_at"
                + " FROM notifications WHERE member_id = ? AND mail_due IS NOT NULL"
                + " ORDER BY id FOR UPDATE",
            rs ->
                new Due(
                    rs.getLong(1),
                    NotificationType.valueOf(rs.getString(2)),
                    Delivery.valueOf(rs.getString(3)),
                    JdbcQueries.nullableLong(rs, "actor_id"),
                    rs.getString(5),
                    rs.getString(6),
                    JdbcQueries.instant(rs, "created_at"),
                    rs.getObject(8) != null),
            memberId);
    if (due.isEmpty()) {
      return 0;
    }
    Instant daily = schedule.latestDaily(now);
    Instant weekly = schedule.latestWeekly(now);
    List<Due> done = new ArrayList<>();
    List<Due> immediate = new ArrayList<>();
    List<Due> dailyDigest = new ArrayList<>();
    List<Due> weeklyDigest = new ArrayList<>();
    for (Due d : due) {
      boolean ready =
          switch (d.delivery()) {
            case IMMEDIATE -> true;
            case DAILY -> d.createdAt().isBefore(daily);
            case WEEKLY -> d.createdAt().isBefore(weekly);
            case NONE -> true;
          };
      if (!ready) {
        continue;
      }
      done.add(d);
      if (d.read() || d.delivery() == Delivery.NONE) {
        continue;
      }
      (d.delivery() == Delivery.IMMEDIATE
              ? immediate
              : d.delivery() == Delivery.DAILY ? dailyDigest : weeklyDigest)
          .add(d);
    }
    if (done.isEmpty()) {
      return 0;
    }
    Optional<MemberDirectory.MailAddress> address = members.mailAddress(memberId);
    int mails = 0;
    if (address.isPresent()) {
      MemberDirectory.MailAddress to = address.get();
      Map<Long, MemberSummary> actors =
          members.summaries(
              due.stream().map(Due::actorId).filter(Objects::nonNull).distinct().toList());
      for (Due d : immediate) {
        String line = line(d, to.language(), actors);
        String text =
            MailTexts.greeting(to.language(), to.displayName())
                + "\n\n"
                + line
                + "\n"
                + links.absolute(d.link())
                + "\n\n"
                + MailTexts.footer(
                    to.language(),
                    links.settingsUrl(),
                    links.pageUrl(memberId, d.type().kind().name()),
                    false);
        send(to, line, text, memberId, d.type().kind().name());
        mails++;
      }
      mails += digest(to, memberId, Delivery.DAILY, dailyDigest, actors);
      mails += digest(to, memberId, Delivery.WEEKLY, weeklyDigest, actors);
    }
    rows.markMailed(done.stream().map(Due::id).toList(), now);
    return mails;
  }

  private int digest(
      MemberDirectory.MailAddress to,
      long memberId,
      Delivery rhythm,
      List<Due> items,
      Map<Long, MemberSummary> actors) {
    if (items.isEmpty()) {
      return 0;
    }
    StringBuilder text =
        new StringBuilder(MailTexts.greeting(to.language(), to.displayName()))
            .append("\n\n")
            .append(MailTexts.digestIntro(to.language()))
            .append("\n\n");
    for (Due d : items) {
      text.append("- ")
          .append(line(d, to.language(), actors))
          .append("\n  ")
          .append(links.absolute(d.link()))
          .append("\n");
    }
    text.append("\n")
        .append(
            MailTexts.footer(
                to.language(), links.settingsUrl(), links.pageUrl(memberId, rhythm.name()), true));
    send(
        to,
        MailTexts.digestSubject(to.language(), rhythm, items.size()),
        text.toString(),
        memberId,
        rhythm.name());
    return 1;
  }

  private void send(
      MemberDirectory.MailAddress to, String subject, String text, long memberId, String scope) {
    outbox.enqueue(
        new OutgoingMail(to.email(), subject, text, null, to.language()),
        Map.of(
            "List-Unsubscribe",
            "<" + links.oneClickUrl(memberId, scope) + ">",
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click"));
  }

  private static String line(Due d, String language, Map<Long, MemberSummary> actors) {
    MemberSummary actor = d.actorId() == null ? null : actors.get(d.actorId());
    return MailTexts.line(
        d.type(), language, actor == null ? null : actor.displayName(), d.title());
  }
}
