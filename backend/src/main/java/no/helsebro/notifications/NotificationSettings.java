package no.helsebro.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A member's mail settings: per kind none / at once / daily / weekly digest; the digest hour and
 * weekday in Norwegian time; quiet hours {@code [quietFrom, quietTo)} in Norwegian time, when no
 * mail is sent (both null: none). Read and written whole.
 */
@Serdeable
public record NotificationSettings(
    @NotNull @Min(0) @Max(23) Integer digestHour,
    @NotNull @Min(1) @Max(7) Integer weeklyDay,
    @Nullable @Min(0) @Max(23) Integer quietFrom,
    @Nullable @Min(0) @Max(23) Integer quietTo,
    @NotNull @Size(max = 20) List<@Valid @NotNull KindSetting> kinds) {

  /** The mail choice for one kind. */
  @Serdeable
  public record KindSetting(@NotNull NotificationKind kind, @NotNull Delivery delivery) {}
}
