package no.helsebro;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import no.helsebro.platform.config.StartupFailure;
import no.helsebro.platform.config.StartupLogFilter;

@OpenAPIDefinition(
    info =
        @Info(
            title = "Helsebro API",
            version = "1",
            description =
                "Peer community and mentoring for ICT advisors in Norwegian health care. Errors are"
                    + " RFC 7807 application/problem+json."))
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class Application {

  public static void main(String[] args) {
    try {
      new FailFastMicronaut()
          .args(args)
          .mainClass(Application.class)
          .banner(false)
          .deduceEnvironment(false)
          .start();
      StartupLogFilter.markStarted();
    } catch (Throwable e) {
      // One line that says what is wrong and how to fix it; the details are in the cause chain.
      if (Boolean.parseBoolean(System.getenv("HELSEBRO_STARTUP_DEBUG"))) {
        e.printStackTrace();
      }
      System.err.println("Helsebro could not start: " + StartupFailure.explain(e));
      System.exit(1);
    }
  }

  /** Hands a failed start back to {@link #main} instead of logging a trace and exiting. */
  private static final class FailFastMicronaut extends Micronaut {
    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
      throw exception instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(exception.getMessage(), exception);
    }
  }
}
