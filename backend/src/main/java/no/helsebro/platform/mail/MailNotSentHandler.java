package no.helsebro.platform.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.errors.Problem;
import no.helsebro.platform.errors.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A mail that could not be sent is a temporary failure (503), and the action was rolled back. */
@Singleton
@Requires(classes = ExceptionHandler.class)
class MailNotSentHandler
    implements ExceptionHandler<Mailer.MailNotSentException, HttpResponse<Problem>> {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotSentHandler.class);

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, Mailer.MailNotSentException exception) {
    LOG.error("Mail not sent", exception);
    return Problems.response(
        new ApiException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "mail-unavailable",
                "Service Unavailable",
                "We could not send the e-mail just now; nothing was saved. Try again in a little"
                    + " while.")
            .toProblem());
  }
}
