package no.helsebro.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.helsebro.platform.guard.FreeText;

/**
 * A question put to a group: asked in the forum (in the category chosen) and shown to the group.
 */
@Serdeable
public record AskGroupRequest(
    @NotNull Long categoryId,
    @NotBlank @Size(min = 5, max = 200) @FreeText String title,
    @NotBlank @Size(max = 20000) @FreeText String body,
    @Nullable @Size(max = 5) List<@NotBlank @Size(min = 2, max = 40) @FreeText String> tags) {}
