package no.helsebro.accounts;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.helsebro.platform.mail.MailOutbox;
import no.helsebro.platform.mail.OutgoingMail;
import no.helsebro.platform.web.BaseUrl;

/**
 * The mails of the accounts module, in the member's language. Links carry a single-use token and
 * point at the front end ({@code helsebro.base-url}), which calls the API.
 */
@Singleton
class AccountMails {

  private final MailOutbox outbox;
  private final MailTokenRepository tokens;
  private final AuthConfiguration config;
  private final String baseUrl;

  AccountMails(
      MailOutbox outbox,
      MailTokenRepository tokens,
      AuthConfiguration config,
      @Value("${helsebro.base-url}") String baseUrl) {
    this.outbox = outbox;
    this.tokens = tokens;
    this.config = config;
    this.baseUrl = BaseUrl.withoutTrailingSlash(baseUrl);
  }

  private static final Map<String, String[]> CONFIRM =
      Map.of(
          "nb",
          new String[] {
            "Bekreft e-postadressen din i Helsebro",
            "Hei %s!\n\nTakk for at du vil bli med i Helsebro. Bekreft e-postadressen din ved å"
                + " åpne lenken under. Lenken virker én gang og i %d timer.\n\n%s\n\nHar du ikke"
                + " registrert deg? Da kan du se bort fra denne e-posten.\n\nHilsen Helsebro"
          },
          "nn",
          new String[] {
            "Stadfest e-postadressa di i Helsebro",
            "Hei %s!\n\nTakk for at du vil bli med i Helsebro. Stadfest e-postadressa di ved å"
                + " opne lenkja nedanfor. Lenkja verkar éin gong og i %d timar.\n\n%s\n\nHar du"
                + " ikkje registrert deg? Då kan du sjå bort frå denne e-posten.\n\nHelsing"
                + " Helsebro"
          },
          "en",
          new String[] {
            "Confirm your e-mail address for Helsebro",
            "Hello %s,\n\nThank you for joining Helsebro. Confirm your e-mail address by opening"
                + " the link below. It works once, for %d hours.\n\n%s\n\nDid not register? Then"
                + " you can ignore this e-mail.\n\nHelsebro"
          });

  private static final Map<String, String[]> ALREADY =
      Map.of(
          "nb",
          new String[] {
            "Du har allerede en konto i Helsebro",
            "Hei %s!\n\nNoen prøvde å registrere en ny konto i Helsebro med denne"
                + " e-postadressen, men du har allerede en konto. Logg inn her:\n\n%s\n\nHar du"
                + " glemt passordet, kan du lage et nytt her:\n\n%s\n\nVar det ikke deg, kan du se"
                + " bort fra denne e-posten.\n\nHilsen Helsebro"
          },
          "nn",
          new String[] {
            "Du har alt ein konto i Helsebro",
            "Hei %s!\n\nNokon prøvde å registrere ein ny konto i Helsebro med denne"
                + " e-postadressa, men du har alt ein konto. Logg inn her:\n\n%s\n\nHar du"
                + " gløymt passordet, kan du lage eit nytt her:\n\n%s\n\nVar det ikkje deg, kan"
                + " du sjå bort frå denne e-posten.\n\nHelsing Helsebro"
          },
          "en",
          new String[] {
            "You already have a Helsebro account",
            "Hello %s,\n\nSomeone tried to register a new Helsebro account with this e-mail"
                + " address, but you already have one. Sign in here:\n\n%s\n\nForgot your"
                + " password? Choose a new one here:\n\n%s\n\nIf it was not you, you can ignore"
                + " this e-mail.\n\nHelsebro"
          });

  private static final Map<String, String[]> RESET =
      Map.of(
          "nb",
          new String[] {
            "Nytt passord i Helsebro",
            "Hei %s!\n\nVi har fått en forespørsel om nytt passord for kontoen din. Velg et nytt"
                + " passord ved å åpne lenken under. Lenken virker én gang og i %d minutter.\n\n%s"
                + "\n\nNår du har valgt nytt passord, blir du logget ut overalt.\n\nBa du ikke om"
                + " dette? Da kan du se bort fra denne e-posten; passordet ditt er uendret.\n\n"
                + "Hilsen Helsebro"
          },
          "nn",
          new String[] {
            "Nytt passord i Helsebro",
            "Hei %s!\n\nVi har fått ein førespurnad om nytt passord for kontoen din. Vel eit nytt"
                + " passord ved å opne lenkja nedanfor. Lenkja verkar éin gong og i %d"
                + " minutt.\n\n%s\n\nNår du har valt nytt passord, blir du logga ut"
                + " overalt.\n\nBad du ikkje om dette? Då kan du sjå bort frå denne e-posten;"
                + " passordet ditt er uendra.\n\nHelsing Helsebro"
          },
          "en",
          new String[] {
            "Choose a new Helsebro password",
            "Hello %s,\n\nWe received a request for a new password for your account. Choose a new"
                + " password by opening the link below. It works once, for %d minutes.\n\n%s\n\n"
                + "Once you have chosen a new password, you are signed out everywhere.\n\nDid not"
                + " ask for this? Then you can ignore this e-mail; your password is unchanged.\n\n"
                + "Helsebro"
          });

  private static final Map<String, String[]> APPROVED =
      Map.of(
          "nb",
          new String[] {
            "Du er godkjent som medlem av Helsebro",
            "Hei %s!\n\nEn koordinator har godkjent medlemskapet ditt. Velkommen til Helsebro!"
                + "\n\nLogg inn her:\n\n%s\n\nHilsen Helsebro"
          },
          "nn",
          new String[] {
            "Du er godkjend som medlem av Helsebro",
            "Hei %s!\n\nEin koordinator har godkjent medlemskapet ditt. Velkomen til Helsebro!"
                + "\n\nLogg inn her:\n\n%s\n\nHelsing Helsebro"
          },
          "en",
          new String[] {
            "Your Helsebro membership is approved",
            "Hello %s,\n\nA coordinator has approved your membership. Welcome to Helsebro!\n\n"
                + "Sign in here:\n\n%s\n\nHelsebro"
          });

  /** Sends a new confirmation link; earlier unused links stop working. */
  void sendConfirmation(MemberEntity member) {
    String token =
        newToken(member.id(), MailToken.Purpose.CONFIRM_EMAIL, config.getConfirmationTtl());
    String[] t = pick(CONFIRM, member.language());
    send(
        member,
        t[0],
        t[1].formatted(
            member.displayName(),
            config.getConfirmationTtl().toHours(),
            baseUrl + "/register/confirm?token=" + token));
  }

  void resendConfirmation(MemberEntity member) {
    sendConfirmation(member);
  }

  void sendAlreadyRegistered(MemberEntity member) {
    String[] t = pick(ALREADY, member.language());
    send(
        member,
        t[0],
        t[1].formatted(member.displayName(), baseUrl + "/sign-in", baseUrl + "/forgot-password"));
  }

  void sendPasswordReset(MemberEntity member) {
    String token = newToken(member.id(), MailToken.Purpose.RESET_PASSWORD, config.getResetTtl());
    String[] t = pick(RESET, member.language());
    send(
        member,
        t[0],
        t[1].formatted(
            member.displayName(),
            config.getResetTtl().toMinutes(),
            baseUrl + "/reset-password?token=" + token));
  }

  void sendApproved(MemberEntity member) {
    String[] t = pick(APPROVED, member.language());
    send(member, t[0], t[1].formatted(member.displayName(), baseUrl + "/sign-in"));
  }

  private String newToken(long memberId, MailToken.Purpose purpose, Duration ttl) {
    Instant now = Instant.now();
    tokens.retireAll(memberId, purpose, now);
    String raw = Secrets.newToken();
    tokens.save(
        new MailToken(null, memberId, purpose, Secrets.sha256(raw), now, now.plus(ttl), null));
    return raw;
  }

  private static String[] pick(Map<String, String[]> texts, String language) {
    return texts.getOrDefault(language, texts.get("nb"));
  }

  /**
   * Written to the durable outbox in the caller's transaction (ADR 0015): the mail exists exactly
   * when the change that causes it does, and waits out an SMTP server that is away.
   */
  private void send(MemberEntity member, String subject, String text) {
    outbox.enqueue(new OutgoingMail(member.email(), subject, text, null, member.language()));
  }
}
