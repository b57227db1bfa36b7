package no.helsebro.notifications;

import java.util.EnumMap;
import java.util.Map;

/**
 * The words of notification mail in bokmål and English; {@code {actor}} and {@code {title}} are
 * filled in. The app words the same notifications from its locale files.
 */
final class MailTexts {

  private record Words(String nb, String en) {}

  private static final Map<NotificationType, Words> LINES = new EnumMap<>(NotificationType.class);

  static {
    put(
        NotificationType.REPLY_TO_MY_TOPIC,
        "{actor} svarte i «{title}»",
        "{actor} replied in “{title}”");
    put(
        NotificationType.REPLY_TO_MY_POST,
        "{actor} svarte på innlegget ditt i «{title}»",
        "{actor} replied to your post in “{title}”");
    put(
        NotificationType.MENTIONED,
        "{actor} nevnte deg i «{title}»",
        "{actor} mentioned you in “{title}”");
    put(
        NotificationType.REPLY_IN_FOLLOWED_TOPIC,
        "Nytt svar fra {actor} i «{title}», som du følger",
        "New reply from {actor} in “{title}”, which you follow");
    put(
        NotificationType.TOPIC_IN_FOLLOWED_CATEGORY,
        "Nytt innlegg i en kategori du følger: «{title}»",
        "New topic in a category you follow: “{title}”");
    put(
        NotificationType.TOPIC_WITH_FOLLOWED_TAG,
        "Nytt innlegg med et stikkord du følger: «{title}»",
        "New topic with a tag you follow: “{title}”");
    put(
        NotificationType.ANSWER_ACCEPTED,
        "Svaret ditt i «{title}» ble godtatt",
        "Your answer in “{title}” was accepted");
    put(
        NotificationType.MARKED_HELPFUL,
        "{actor} syntes innlegget ditt i «{title}» var nyttig",
        "{actor} found your post in “{title}” helpful");
    put(
        NotificationType.THANKED,
        "{actor} takket deg for innlegget ditt i «{title}»",
        "{actor} thanked you for your post in “{title}”");
    put(
        NotificationType.MENTORING_REQUESTED,
        "{actor} spør om du vil være mentor",
        "{actor} asks you to be their mentor");
    put(
        NotificationType.MENTORING_ACCEPTED,
        "{actor} sa ja til å være mentoren din",
        "{actor} agreed to be your mentor");
    put(
        NotificationType.MENTORING_DECLINED,
        "Mentorforespørselen din ble ikke godtatt – finn en annen mentor",
        "Your mentoring request was not accepted – find another mentor");
    put(
        NotificationType.MENTORSHIP_MESSAGE,
        "Ny melding fra {actor} i mentorskapet",
        "New message from {actor} in your mentorship");
    put(
        NotificationType.MENTORSHIP_CHECK_IN,
        "{actor} har skrevet en statusoppdatering i mentorskapet",
        "{actor} posted a check-in in your mentorship");
    put(
        NotificationType.MENTORSHIP_ENDED,
        "{actor} har avsluttet mentorskapet",
        "{actor} ended your mentorship");
    put(
        NotificationType.QUESTION_OFFERED,
        "Kan du svare? «{title}» venter på svar",
        "Can you answer? “{title}” is waiting for an answer");
    put(
        NotificationType.POST_HIDDEN,
        "Et innlegg du skrev i «{title}» er skjult av en koordinator",
        "A post you wrote in “{title}” was hidden by a coordinator");
    put(
        NotificationType.POST_RESTORED,
        "Innlegget ditt i «{title}» er gjenopprettet",
        "Your post in “{title}” was restored");
    put(
        NotificationType.MEMBERSHIP_APPROVED,
        "Medlemskapet ditt i Helsebro er godkjent",
        "Your Helsebro membership was approved");
    put(
        NotificationType.FLAG_RAISED,
        "Et innlegg i «{title}» er flagget og venter på vurdering",
        "A post in “{title}” was flagged and is waiting for review");
    put(
        NotificationType.APPROVAL_PENDING,
        "{actor} venter på godkjenning som medlem",
        "{actor} is waiting for approval as a member");
    put(
        NotificationType.QUESTION_AT_LAST_STEP,
        "Ingen har svart på «{title}» – spørsmålet er sendt til koordinatorene",
        "Nobody has answered “{title}” – the question was passed to coordinators");
  }

  private MailTexts() {}

  private static void put(NotificationType type, String nb, String en) {
    LINES.put(type, new Words(nb, en));
  }

  static String line(NotificationType type, String language, String actor, String title) {
    Words w = LINES.get(type);
    String template = "en".equals(language) ? w.en() : w.nb();
    String who =
        actor == null || actor.isBlank() ? ("en".equals(language) ? "Someone" : "Noen") : actor;
    return template.replace("{actor}", who).replace("{title}", title);
  }

  static String greeting(String language, String name) {
    return ("en".equals(language) ? "Hello " : "Hei ") + name + ",";
  }

  static String digestSubject(String language, Delivery rhythm, int count) {
    boolean en = "en".equals(language);
    if (rhythm == Delivery.WEEKLY) {
      return en
          ? "Your weekly Helsebro digest: " + count + " new"
          : "Ukens sammendrag fra Helsebro: " + count + " nye";
    }
    return en
        ? "Your Helsebro digest: " + count + " new"
        : "Dagens sammendrag fra Helsebro: " + count + " nye";
  }

  static String digestIntro(String language) {
    return "en".equals(language)
        ? "This is what happened in Helsebro since your last digest:"
        : "Dette har skjedd i Helsebro siden forrige sammendrag:";
  }

  static String footer(String language, String settingsUrl, String unsubscribeUrl, boolean digest) {
    boolean en = "en".equals(language);
    return "-- \n"
        + (en
            ? "Choose which notifications you get by e-mail: "
            : "Velg hvilke varsler du får på e-post: ")
        + settingsUrl
        + "\n"
        + (digest
            ? (en ? "Stop this digest: " : "Stopp dette sammendraget: ")
            : (en ? "Stop e-mail about this: " : "Stopp e-post om dette: "))
        + unsubscribeUrl
        + "\n";
  }
}
