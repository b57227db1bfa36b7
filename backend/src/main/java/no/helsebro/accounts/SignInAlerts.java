package no.helsebro.accounts;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.helsebro.platform.mail.MailOutbox;
import no.helsebro.platform.mail.OutgoingMail;
import no.helsebro.platform.web.BaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a member by e-mail that their account was locked against sign-ins from other devices, or
 * that someone who knows their password is trying second-factor codes (ADR 0107). At most one mail
 * of each kind a day, written to the mail outbox; a mail that cannot be queued is logged and
 * changes nothing about the answer.
 */
@Singleton
class SignInAlerts {

  private static final Logger LOG = LoggerFactory.getLogger(SignInAlerts.class);
  static final Duration AT_MOST_EVERY = Duration.ofHours(24);

  enum Kind {
    PASSWORD("password"),
    SECOND_FACTOR("second-factor");

    final String code;

    Kind(String code) {
      this.code = code;
    }
  }

  private static final Map<String, String[]> PASSWORD_TEXTS =
      Map.of(
          "nb",
          new String[] {
            "Mange mislykkede innlogginger på Helsebro-kontoen din",
            "Hei %s!\n\nNoen har prøvd å logge inn på Helsebro-kontoen din med feil passord mange"
                + " ganger. For å beskytte kontoen tar vi ikke imot innlogginger fra nye enheter de"
                + " neste 15 minuttene.\n\nDu kan fortsatt logge inn fra en nettleser du har logget"
                + " inn fra før. Du kan også velge nytt passord; da blir kontoen åpnet igjen med en"
                + " gang:\n\n%s\n\nVar det deg som skrev feil passord? Da trenger du ikke gjøre"
                + " noe.\n\nHilsen Helsebro"
          },
          "nn",
          new String[] {
            "Mange mislukka innloggingar på Helsebro-kontoen din",
            "Hei %s!\n\nNokon har prøvd å logge inn på Helsebro-kontoen din med feil passord mange"
                + " gonger. For å verne kontoen tek vi ikkje imot innloggingar frå nye einingar dei"
                + " neste 15 minutta.\n\nDu kan framleis logge inn frå ein nettlesar du har logga"
                + " inn frå før. Du kan også velje nytt passord; då blir kontoen opna att med ein"
                + " gong:\n\n%s\n\nVar det du som skreiv feil passord? Då treng du ikkje gjere"
                + " noko.\n\nHelsing Helsebro"
          },
          "en",
          new String[] {
            "Many failed sign-ins to your Helsebro account",
            "Hello %s,\n\nSomeone has tried to sign in to your Helsebro account with a wrong"
                + " password many times. To protect the account, we do not accept sign-ins from new"
                + " devices for the next 15 minutes.\n\nYou can still sign in from a browser you"
                + " have signed in from before. You can also choose a new password, which opens the"
                + " account again at once:\n\n%s\n\nWas it you who typed the wrong password? Then"
                + " there is nothing to do.\n\nHelsebro"
          });

  private static final Map<String, String[]> SECOND_FACTOR_TEXTS =
      Map.of(
          "nb",
          new String[] {
            "Noen kjenner kanskje passordet ditt i Helsebro",
            "Hei %s!\n\nNoen har logget inn på Helsebro-kontoen din med riktig passord, men skrevet"
                + " feil kode fra autentiseringsappen mange ganger. Vi har stengt for flere forsøk"
                + " fra andre enheter enn dine egne en stund.\n\nVar det ikke deg, bør du velge nytt"
                + " passord nå:\n\n%s\n\nHilsen Helsebro"
          },
          "nn",
          new String[] {
            "Nokon kjenner kanskje passordet ditt i Helsebro",
            "Hei %s!\n\nNokon har logga inn på Helsebro-kontoen din med rett passord, men skrive"
                + " feil kode frå autentiseringsappen mange gonger. Vi har stengt for fleire forsøk"
                + " frå andre einingar enn dine eigne ei stund.\n\nVar det ikkje deg, bør du velje"
                + " nytt passord no:\n\n%s\n\nHelsing Helsebro"
          },
          "en",
          new String[] {
            "Someone may know your Helsebro password",
            "Hello %s,\n\nSomeone signed in to your Helsebro account with the right password but"
                + " typed a wrong code from the authenticator app many times. We have stopped"
                + " further tries from devices other than yours for a while.\n\nIf it was not you,"
                + " choose a new password now:\n\n%s\n\nHelsebro"
          });

  private final AccountAlertRepository sentAlerts;
  private final MailOutbox outbox;
  private final String baseUrl;

  SignInAlerts(
      AccountAlertRepository sentAlerts,
      MailOutbox outbox,
      @Value("${helsebro.base-url}") String baseUrl) {
    this.sentAlerts = sentAlerts;
    this.outbox = outbox;
    this.baseUrl = BaseUrl.withoutTrailingSlash(baseUrl);
  }

  void accountLocked(MemberEntity member) {
    tell(member, Kind.PASSWORD, PASSWORD_TEXTS);
  }

  void secondFactorLocked(MemberEntity member) {
    tell(member, Kind.SECOND_FACTOR, SECOND_FACTOR_TEXTS);
  }

  private void tell(MemberEntity member, Kind kind, Map<String, String[]> texts) {
    if (member.email() == null || !claim(member.id(), kind, Instant.now())) {
      return;
    }
    String[] t = texts.getOrDefault(member.language(), texts.get("nb"));
    try {
      // Through the durable outbox; the caller's transaction keeps it even as it refuses the
      // sign-in (noRollbackFor ApiException).
      outbox.enqueue(
          new OutgoingMail(
              member.email(),
              t[0],
              t[1].formatted(member.displayName(), baseUrl + "/forgot-password"),
              null,
              member.language()));
    } catch (RuntimeException e) {
      LOG.warn("Could not tell member {} about a sign-in lock: {}", member.id(), e.getMessage());
    }
  }

  /** Records the mail unless one of this kind went out less than a day ago. */
  private boolean claim(long memberId, Kind kind, Instant now) {
    boolean recent =
        sentAlerts
            .lock(memberId, kind.code)
            .filter(last -> last.sentAt().isAfter(now.minus(AT_MOST_EVERY)))
            .isPresent();
    if (recent) {
      return false;
    }
    sentAlerts.put(memberId, kind.code, now);
    return true;
  }
}
