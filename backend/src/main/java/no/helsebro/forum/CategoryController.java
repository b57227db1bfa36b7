package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

@Controller("/api/v1/categories")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class CategoryController {

  /** What a category's slug can be: anything else is 400, never a query (issue 9 item 9). */
  static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  private final CategoryService categories;
  private final PersonalService personal;
  private final FeedService feeds;

  CategoryController(CategoryService categories, PersonalService personal, FeedService feeds) {
    this.categories = categories;
    this.personal = personal;
    this.feeds = feeds;
  }

  @Get
  @Operation(summary = "Categories in order; coordinators may include archived ones")
  List<ForumDtos.CategoryView> list(
      Authentication auth, @QueryValue(defaultValue = "false") boolean includeArchived) {
    CurrentMember me = CurrentMember.of(auth);
    return categories.list(me, includeArchived && me.isCoordinator());
  }

  @Get("/{slug}")
  @Operation(summary = "One category by its slug")
  Optional<ForumDtos.CategoryView> one(
      Authentication auth, @Pattern(regexp = SLUG, message = "slug") String slug) {
    return categories.bySlug(CurrentMember.of(auth), slug);
  }

  @Post
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Create a category (coordinators)")
  HttpResponse<ForumDtos.CategoryView> create(
      Authentication auth, @Body @Valid ForumDtos.CategoryRequest request) {
    ForumDtos.CategoryView created = categories.create(CurrentMember.of(auth), request);
    return HttpResponse.created(created, URI.create("/api/v1/categories/" + created.slug()));
  }

  @Put("/order")
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Set the order of all categories (coordinators)")
  List<ForumDtos.CategoryView> reorder(
      Authentication auth, @Body @Valid ForumDtos.CategoryOrderRequest request) {
    return categories.reorder(CurrentMember.of(auth), request.ids());
  }

  @Put("/{id}")
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Rename, describe, archive or unarchive a category (coordinators)")
  ForumDtos.CategoryView update(
      Authentication auth, long id, @Body @Valid ForumDtos.CategoryRequest request) {
    return categories.update(CurrentMember.of(auth), id, request);
  }

  @Put("/{id}/following")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Follow a category")
  void follow(Authentication auth, long id) {
    categories.follow(CurrentMember.of(auth), id, true);
  }

  @Delete("/{id}/following")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Stop following a category")
  void unfollow(Authentication auth, long id) {
    categories.follow(CurrentMember.of(auth), id, false);
  }

  /**
   * Feed readers cannot sign in: the member's secret feed token in the URL stands for them
   * (docs/adr/0205). An unknown token, or one of a member who is no longer active, gets 404.
   */
  @Get(value = "/{slug}/feed", produces = "application/atom+xml")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Atom feed of a category (authenticated by the member's feed token)")
  HttpResponse<String> feed(
      @Pattern(regexp = SLUG, message = "slug") String slug, @Nullable @QueryValue String token) {
    PersonalService.FeedReader reader =
        personal.feedReader(token).orElseThrow(() -> ApiException.notFound("Feed"));
    return feeds
        .categoryFeed(slug, reader.language())
        .map(
            x -> HttpResponse.ok(x).contentType(MediaType.of("application/atom+xml;charset=utf-8")))
        .orElseThrow(() -> ApiException.notFound("Feed"));
  }
}
