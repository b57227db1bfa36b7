package no.helsebro.platform.errors;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Endpoints that exist only in tests, to drive each kind of error through the real stack. */
@Requires(env = "test")
@Controller("/api/v1/test-problems")
@Secured(SecurityRule.IS_ANONYMOUS)
class ProblemTestController {

  @Serdeable
  record Signup(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 100) String name,
      List<@Size(max = 10) String> tags) {}

  /** One field of each kind of type, for the strict-typing tests. */
  @Serdeable
  record Typed(
      @Nullable Long id,
      @Nullable String title,
      @Nullable List<String> tags,
      @Nullable Boolean archived,
      @Nullable Integer count,
      int size,
      @Nullable List<Long> ids,
      @Nullable Inner inner) {}

  @Serdeable
  record Inner(@Nullable String name, @Nullable Long value) {}

  @Post("/typed")
  Typed typed(@Body @Valid Typed typed) {
    return typed;
  }

  @Post("/validated")
  Signup validated(@Body @Valid Signup signup) {
    return signup;
  }

  @Post("/refused")
  void refused() {
    throw new ApiException(
            HttpStatus.CONFLICT, "edit-conflict", "Conflict", "Someone else edited it")
        .with("currentVersion", 3);
  }

  @Post("/crash")
  void crash() {
    throw new IllegalStateException("secret internal detail");
  }

  /** A conflict that outlasted every retry, as the data layer would throw it. */
  @Post("/conflict")
  void conflict() {
    throw new IllegalStateException(
        "commit failed",
        new java.sql.SQLTransactionRollbackException(
            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
  }
}
