package no.helsebro.notifications;

import java.util.EnumMap;
import java.util.Map;

/**
 * The words of notification mail in bokmål, nynorsk and English; {@code {actor}} and {@code
 * {title}} are filled in. The app words the same notifications from its locale files. A language
 * other than these gets bokmål.
 */
final class MailTexts {

  private record Words(String nb, String nn, String en) {
    String in(String language) {
      return switch (language == null ? "nb" : language) {
        case "en" -> en;
        case "nn" -> nn;
        default -> nb;
      };
    }
  }

  private static final Map<NotificationType, Words> LINES = new EnumMap<>(NotificationType.class);

  static {
    put(
        NotificationType.REPLY_TO_MY_TOPIC,
        "{actor} svarte i «{title}»",
        "{actor} svarte i «{title}»",
        "{actor} replied in “{title}”");
    put(
        NotificationType.REPLY_TO_MY_POST,
        "{actor} svarte på innlegget ditt i «{title}»",
        "{actor} svarte på innlegget ditt i «{title}»",
        "{actor} replied to your post in “{title}”");
    put(
        NotificationType.MENTIONED,
        "{actor} nevnte deg i «{title}»",
        "{actor} nemnde deg i «{title}»",
        "{actor} mentioned you in “{title}”");
    put(
        NotificationType.REPLY_IN_FOLLOWED_TOPIC,
        "Nytt svar fra {actor} i «{title}», som du følger",
        "Nytt svar frå {actor} i «{title}», som du følgjer",
        "New reply from {actor} in “{title}”, which you follow");
    put(
        NotificationType.TOPIC_IN_FOLLOWED_CATEGORY,
        "Nytt innlegg i en kategori du følger: «{title}»",
        "Nytt innlegg i ein kategori du følgjer: «{title}»",
        "New topic in a category you follow: “{title}”");
    put(
        NotificationType.TOPIC_WITH_FOLLOWED_TAG,
        "Nytt innlegg med et stikkord du følger: «{title}»",
        "Nytt innlegg med eit stikkord du følgjer: «{title}»",
        "New topic with a tag you follow: “{title}”");
    put(
        NotificationType.ANSWER_ACCEPTED,
        "Svaret ditt i «{title}» ble godtatt",
        "Svaret ditt i «{title}» vart godteke",
        "Your answer in “{title}” was accepted");
    put(
        NotificationType.MARKED_HELPFUL,
        "{actor} syntes innlegget ditt i «{title}» var nyttig",
        "{actor} synte innlegget ditt i «{title}» var nyttig",
        "{actor} found your post in “{title}” helpful");
    put(
        NotificationType.THANKED,
        "{actor} takket deg for innlegget ditt i «{title}»",
        "{actor} takka deg for innlegget ditt i «{title}»",
        "{actor} thanked you for your post in “{title}”");
    put(
        NotificationType.MENTORING_REQUESTED,
        "{actor} spør om du vil være mentor",
        "{actor} spør om du vil vere mentor",
        "{actor} asks you to be their mentor");
    put(
        NotificationType.MENTORING_ACCEPTED,
        "{actor} sa ja til å være mentoren din",
        "{actor} sa ja til å vere mentoren din",
        "{actor} agreed to be your mentor");
    put(
        NotificationType.MENTORING_DECLINED,
        "Mentorforespørselen din ble ikke godtatt – finn en annen mentor",
        "Mentorførespurnaden din vart ikkje godteken – finn ein annan mentor",
        "Your mentoring request was not accepted – find another mentor");
    put(
        NotificationType.MENTORSHIP_MESSAGE,
        "Ny melding fra {actor} i mentorskapet",
        "Ny melding frå {actor} i mentorskapet",
        "New message from {actor} in your mentorship");
    put(
        NotificationType.MENTORSHIP_CHECK_IN,
        "{actor} har skrevet en statusoppdatering i mentorskapet",
        "{actor} har skrive ei statusoppdatering i mentorskapet",
        "{actor} posted a check-in in your mentorship");
    put(
        NotificationType.MENTORSHIP_ENDED,
        "{actor} har avsluttet mentorskapet",
        "{actor} har avslutta mentorskapet",
        "{actor} ended your mentorship");
    put(
        NotificationType.QUESTION_OFFERED,
        "Kan du svare? «{title}» venter på svar",
        "Kan du svare? «{title}» ventar på svar",
        "Can you answer? “{title}” is waiting for an answer");
    put(
        NotificationType.POST_HIDDEN,
        "Et innlegg du skrev i «{title}» er skjult av en koordinator",
        "Eit innlegg du skreiv i «{title}» er skjult av ein koordinator",
        "A post you wrote in “{title}” was hidden by a coordinator");
    put(
        NotificationType.POST_RESTORED,
        "Innlegget ditt i «{title}» er gjenopprettet",
        "Innlegget ditt i «{title}» er gjenoppretta",
        "Your post in “{title}” was restored");
    put(
        NotificationType.MEMBERSHIP_APPROVED,
        "Medlemskapet ditt i Helsebro er godkjent",
        "Medlemskapen din i Helsebro er godkjend",
        "Your Helsebro membership was approved");
    put(
        NotificationType.STORY_FOLLOW_UP_DUE,
        "Hvordan gikk det? Legg til en oppfølging av historien din «{title}»",
        "Korleis gjekk det? Legg til ei oppfølging av historia di «{title}»",
        "How did it go? Add a follow-up to your story “{title}”");
    put(
        NotificationType.MENTORSHIP_CHECK_IN_DUE,
        "Det er fire uker siden forrige statusoppdatering i mentorskapet – tid for en ny?",
        "Det er fire veker sidan førre statusoppdatering i mentorskapet – tid for ei ny?",
        "Four weeks since the last check-in in your mentorship – time for another?");
    put(
        NotificationType.FLAG_RAISED,
        "Et innlegg i «{title}» er flagget og venter på vurdering",
        "Eit innlegg i «{title}» er flagga og ventar på vurdering",
        "A post in “{title}” was flagged and is waiting for review");
    put(
        NotificationType.APPROVAL_PENDING,
        "{actor} venter på godkjenning som medlem",
        "{actor} ventar på godkjenning som medlem",
        "{actor} is waiting for approval as a member");
    put(
        NotificationType.QUESTION_AT_LAST_STEP,
        "Ingen har svart på «{title}» – spørsmålet er sendt til koordinatorene",
        "Ingen har svart på «{title}» – spørsmålet er sendt til koordinatorane",
        "Nobody has answered “{title}” – the question was passed to coordinators");
  }

  private MailTexts() {}

  private static void put(NotificationType type, String nb, String nn, String en) {
    LINES.put(type, new Words(nb, nn, en));
  }

  static String line(NotificationType type, String language, String actor, String title) {
    String who = actor == null || actor.isBlank() ? SOMEONE.in(language) : actor;
    return LINES.get(type).in(language).replace("{actor}", who).replace("{title}", title);
  }

  private static final Words SOMEONE = new Words("Noen", "Nokon", "Someone");

  static String greeting(String language, String name) {
    return new Words("Hei ", "Hei ", "Hello ").in(language) + name + ",";
  }

  static String digestSubject(String language, Delivery rhythm, int count) {
    Words w =
        rhythm == Delivery.WEEKLY
            ? new Words(
                "Ukens sammendrag fra Helsebro: {n} nye",
                "Samandraget for veka frå Helsebro: {n} nye",
                "Your weekly Helsebro digest: {n} new")
            : new Words(
                "Dagens sammendrag fra Helsebro: {n} nye",
                "Dagens samandrag frå Helsebro: {n} nye",
                "Your Helsebro digest: {n} new");
    return w.in(language).replace("{n}", Integer.toString(count));
  }

  static String digestIntro(String language) {
    return new Words(
            "Dette har skjedd i Helsebro siden forrige sammendrag:",
            "Dette har skjedd i Helsebro sidan førre samandrag:",
            "This is what happened in Helsebro since your last digest:")
        .in(language);
  }

  static String footer(String language, String settingsUrl, String unsubscribeUrl, boolean digest) {
    Words choose =
        new Words(
            "Velg hvilke varsler du får på e-post: ",
            "Vel kva varsel du får på e-post: ",
            "Choose which notifications you get by e-mail: ");
    Words stop =
        digest
            ? new Words(
                "Stopp dette sammendraget: ", "Stopp dette samandraget: ", "Stop this digest: ")
            : new Words(
                "Stopp e-post om dette: ", "Stopp e-post om dette: ", "Stop e-mail about this: ");
    return "-- \n"
        + choose.in(language)
        + settingsUrl
        + "\n"
        + stop.in(language)
        + unsubscribeUrl
        + "\n";
  }

  /** Every type has its words in all three languages (checked by MailTextsTest). */
  static boolean complete() {
    return LINES.keySet().containsAll(java.util.EnumSet.allOf(NotificationType.class))
        && LINES.values().stream()
            .allMatch(w -> !w.nb().isBlank() && !w.nn().isBlank() && !w.en().isBlank());
  }
}
