package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import no.helsebro.forum.model.KindRules;
import no.helsebro.platform.errors.ApiException;

/**
 * Checks the kind-dependent details of a topic as a request gives them: systems and workplace type
 * for every kind, organisation size and duration for a story, format, audiences and link for a
 * training resource (the others are dropped).
 */
@Singleton
class TopicDetailsValidator {

  /** Validated, kind-dependent topic details. */
  record Details(
      List<Long> systemIds,
      @Nullable Long workplaceTypeId,
      @Nullable String orgSize,
      @Nullable String duration,
      @Nullable String trainingFormat,
      List<Long> audienceIds,
      @Nullable String linkUrl) {}

  private final ForumStore store;

  TopicDetailsValidator(ForumStore store) {
    this.store = store;
  }

  Details validate(TopicKind kind, ForumDtos.TopicDetailsRequest r) {
    List<Long> systems = store.terms("systemIds", "SYSTEM", r.systemIds());
    Long workplace = null;
    if (r.workplaceTypeId() != null) {
      workplace =
          store.terms("workplaceTypeId", "WORKPLACE_TYPE", List.of(r.workplaceTypeId())).get(0);
    }
    boolean story = KindRules.hasStoryDetails(kind);
    boolean training = KindRules.hasTrainingDetails(kind);
    OrgSize size = story ? ChoiceParser.parse(OrgSize.class, "orgSize", r.orgSize()) : null;
    ImplementationDuration took =
        story ? ChoiceParser.parse(ImplementationDuration.class, "duration", r.duration()) : null;
    TrainingFormat format =
        training
            ? ChoiceParser.parse(TrainingFormat.class, "trainingFormat", r.trainingFormat())
            : null;
    List<Long> audiences =
        training ? store.terms("audienceIds", "AUDIENCE", r.audienceIds()) : List.of();
    String link = training ? validLink(r.linkUrl()) : null;
    return new Details(
        systems,
        workplace,
        size == null ? null : size.name(),
        took == null ? null : took.name(),
        format == null ? null : format.name(),
        audiences,
        link);
  }

  private static String validLink(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme != null
          && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          && uri.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // falls through to the refusal
    }
    throw ApiException.invalidValue("linkUrl", "url", "must be an http(s) address");
  }
}
