package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The vocabularies: every active member reads them, coordinators edit them. */
@Controller("/api/v1/taxonomies")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Profiles")
class TaxonomyController {

  private final TaxonomyService taxonomies;
  private final MemberDirectory directory;

  TaxonomyController(TaxonomyService taxonomies, MemberDirectory directory) {
    this.taxonomies = taxonomies;
    this.directory = directory;
  }

  @Get
  @Secured(Roles.ADVISOR)
  @Operation(summary = "Taxonomy terms, of one kind or all, in display order")
  List<TaxonomyTerm> list(@Nullable @QueryValue TaxonomyKind kind) {
    return taxonomies.terms(kind);
  }

  @Post
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Add a term")
  HttpResponse<TaxonomyTerm> create(@Body @Valid TaxonomyRequest request, Authentication auth) {
    CurrentMember actor = CurrentMember.of(auth);
    TaxonomyTerm term =
        taxonomies.create(actor, directory.displayName(actor.id()).orElse(""), request);
    return HttpResponse.created(term, URI.create("/api/v1/taxonomies/" + term.id()));
  }

  @Put("/{id}")
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Rename, reorder or archive a term")
  TaxonomyTerm update(long id, @Body @Valid TaxonomyRequest request, Authentication auth) {
    CurrentMember actor = CurrentMember.of(auth);
    return taxonomies.update(actor, directory.displayName(actor.id()).orElse(""), id, request);
  }
}
