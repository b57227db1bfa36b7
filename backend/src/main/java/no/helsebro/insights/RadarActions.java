package no.helsebro.insights;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.groups.GroupView;
import no.helsebro.groups.PeerGroups;
import no.helsebro.mentoring.MentoringFacts;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;
import no.helsebro.platform.mail.MailOutbox;
import no.helsebro.platform.mail.OutgoingMail;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.web.BaseUrl;

/**
 * A coordinator acts on the radar: dismisses a reason, sends a welcome message, points the member
 * to a group, or asks a mentor to reach out. Each is remembered, audited, and (for mail) sent in
 * the reader's language, in the same transaction.
 */
@Singleton
class RadarActions {

  private final RadarDismissalRepository dismissals;
  private final RadarActionRepository actions;
  private final AuditLog audit;
  private final MailOutbox outbox;
  private final MemberDirectory directory;
  private final PeerGroups groups;
  private final MentoringFacts mentoring;
  private final String baseUrl;

  RadarActions(
      RadarDismissalRepository dismissals,
      RadarActionRepository actions,
      AuditLog audit,
      MailOutbox outbox,
      MemberDirectory directory,
      PeerGroups groups,
      MentoringFacts mentoring,
      @Value("${helsebro.base-url}") String baseUrl) {
    this.dismissals = dismissals;
    this.actions = actions;
    this.audit = audit;
    this.outbox = outbox;
    this.directory = directory;
    this.groups = groups;
    this.mentoring = mentoring;
    this.baseUrl = BaseUrl.withoutTrailingSlash(baseUrl);
  }

  @Transactional
  void dismiss(CurrentMember coordinator, long memberId, RadarReason reason) {
    requireActive(memberId);
    dismissals.dismiss(memberId, reason.name(), Instant.now(), coordinator.id());
    audit.record(
        coordinator.id(),
        "radar.dismissed",
        "member",
        memberId,
        null,
        Map.of("reason", reason.name()));
  }

  @Transactional
  void act(CurrentMember coordinator, long memberId, RadarActionRequest r) {
    MemberDirectory.MailAddress member = requireActive(memberId);
    String note = r.note() == null ? "" : r.note().strip();
    PatientDataGuard.requireNone("note", note);
    String from = directory.displayName(coordinator.id()).orElse("");
    Long target = null;
    switch (r.action()) {
      case WELCOME -> outbox.enqueue(welcome(member, from, note));
      case GROUP -> {
        if (r.groupId() == null) {
          throw ApiException.invalidField("groupId", "validation", "must not be null");
        }
        GroupView group =
            groups
                .group(r.groupId(), memberId)
                .orElseThrow(
                    () -> ApiException.invalidField("groupId", "unknown-group", "no such group"));
        target = group.id();
        outbox.enqueue(groupMail(member, from, note, group));
      }
      case MENTOR -> {
        if (r.mentorId() == null) {
          throw ApiException.invalidField("mentorId", "validation", "must not be null");
        }
        boolean available =
            mentoring.availableMentors().stream().anyMatch(m -> m.mentorId() == r.mentorId());
        if (!available || r.mentorId() == memberId) {
          throw ApiException.invalidField(
              "mentorId", "mentor-unavailable", "not a mentor with free places");
        }
        MemberDirectory.MailAddress mentor =
            directory
                .mailAddress(r.mentorId())
                .orElseThrow(
                    () ->
                        ApiException.invalidField("mentorId", "mentor-unavailable", "no address"));
        target = r.mentorId();
        outbox.enqueue(mentorMail(mentor, from, note, member.displayName(), memberId));
      }
      default -> throw new IllegalStateException();
    }
    actions.add(memberId, r.action().name(), target, Instant.now(), coordinator.id());
    audit.record(
        coordinator.id(),
        "radar." + r.action().name().toLowerCase(java.util.Locale.ROOT),
        "member",
        memberId,
        null,
        target == null ? Map.of() : Map.of("targetId", target));
  }

  private MemberDirectory.MailAddress requireActive(long memberId) {
    if (!directory.isActive(memberId)) {
      throw ApiException.notFound("Member");
    }
    return directory.mailAddress(memberId).orElseThrow(() -> ApiException.notFound("Member"));
  }

  private OutgoingMail welcome(MemberDirectory.MailAddress to, String from, String note) {
    String lang = language(to);
    String text =
        pick(
            lang,
            "Hei %s!\n\nVelkommen til Helsebro. Her møter du andre IKT-rådgivere i helse og omsorg:"
                + " still spørsmål, del erfaringer og finn en mentor.\n\n%s%s\n\nHilsen %s,"
                + " koordinator i Helsebro",
            "Hei %s!\n\nVelkomen til Helsebro. Her møter du andre IKT-rådgjevarar i helse og"
                + " omsorg: still spørsmål, del erfaringar og finn ein mentor.\n\n%s%s\n\nHelsing"
                + " %s, koordinator i Helsebro",
            "Hello %s,\n\nWelcome to Helsebro. Here you meet other ICT advisors in health care:"
                + " ask questions, share experience and find a mentor.\n\n%s%s\n\nBest wishes,"
                + " %s, coordinator at Helsebro");
    return new OutgoingMail(
        to.email(),
        pick(lang, "Velkommen til Helsebro", "Velkomen til Helsebro", "Welcome to Helsebro"),
        text.formatted(to.displayName(), note.isEmpty() ? "" : note + "\n\n", baseUrl + "/", from),
        null,
        lang);
  }

  /** The mail's language: the member's own, bokmål for anything we have no text in. */
  private static String language(MemberDirectory.MailAddress to) {
    return "en".equals(to.language()) || "nn".equals(to.language()) ? to.language() : "nb";
  }

  private static String pick(String language, String nb, String nn, String en) {
    return switch (language) {
      case "en" -> en;
      case "nn" -> nn;
      default -> nb;
    };
  }

  private OutgoingMail groupMail(
      MemberDirectory.MailAddress to, String from, String note, GroupView group) {
    String lang = language(to);
    String name = "en".equals(lang) ? group.nameEn() : group.nameNb();
    String text =
        pick(
            lang,
            "Hei %s!\n\nGruppen «%s» i Helsebro har %d medlemmer som jobber med det samme som deg."
                + " Kanskje noe for deg?\n\n%s%s\n\nHilsen %s, koordinator i Helsebro",
            "Hei %s!\n\nGruppa «%s» i Helsebro har %d medlemmer som arbeider med det same som deg."
                + " Kanskje noko for deg?\n\n%s%s\n\nHelsing %s, koordinator i Helsebro",
            "Hello %s,\n\nThe group \"%s\" in Helsebro has %d members who work with the same"
                + " things as you. Perhaps something for you?\n\n%s%s\n\nBest wishes, %s,"
                + " coordinator at Helsebro");
    return new OutgoingMail(
        to.email(),
        pick(
            lang,
            "En gruppe for deg i Helsebro",
            "Ei gruppe for deg i Helsebro",
            "A group for you in Helsebro"),
        text.formatted(
            to.displayName(),
            name,
            group.memberCount(),
            note.isEmpty() ? "" : note + "\n\n",
            baseUrl + "/groups/" + group.id(),
            from),
        null,
        lang);
  }

  private OutgoingMail mentorMail(
      MemberDirectory.MailAddress to, String from, String note, String memberName, long memberId) {
    String lang = language(to);
    String text =
        pick(
            lang,
            "Hei %s!\n\n%s, koordinator i Helsebro, tror %s kunne hatt nytte av en mentor. Vil du"
                + " ta kontakt?\n\n%s%s",
            "Hei %s!\n\n%s, koordinator i Helsebro, trur %s kunne hatt nytte av ein mentor. Vil du"
                + " ta kontakt?\n\n%s%s",
            "Hello %s,\n\n%s, coordinator at Helsebro, thinks %s could use a mentor. Would you"
                + " reach out?\n\n%s%s");
    return new OutgoingMail(
        to.email(),
        pick(
            lang,
            "Kan du være mentor for en kollega?",
            "Kan du vere mentor for ein kollega?",
            "Could you mentor a colleague?"),
        text.formatted(
            to.displayName(),
            from,
            memberName,
            note.isEmpty() ? "" : note + "\n\n",
            baseUrl + "/members/" + memberId),
        null,
        lang);
  }
}
