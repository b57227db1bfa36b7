package no.helsebro.accounts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.IDN;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The e-mail domain allow-list, edited by coordinators. */
@Controller("/api/v1/email-domains")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.COORDINATOR)
@Tag(name = "Accounts")
class EmailDomainController {

  private final EmailDomainRepository domains;
  private final MemberRepository members;
  private final AuditLog audit;

  EmailDomainController(EmailDomainRepository domains, MemberRepository members, AuditLog audit) {
    this.domains = domains;
    this.members = members;
    this.audit = audit;
  }

  @Get
  @Operation(summary = "The allow-listed domains")
  List<EmailDomain> list() {
    return domains.findAllOrderByDomain();
  }

  @Post
  @Transactional
  @Operation(summary = "Allow-list a domain: its members are approved at once")
  HttpResponse<EmailDomain> add(@Body @Valid EmailDomainRequest request, Authentication auth) {
    CurrentMember actor = CurrentMember.of(auth);
    String domain = IDN.toASCII(request.domain().trim().toLowerCase(Locale.ROOT));
    if (domains.existsByDomain(domain)) {
      throw ApiException.invalidField("domain", "domain-taken", "The domain is already listed");
    }
    EmailDomain saved =
        domains.save(
            new EmailDomain(
                null, domain, request.organisation().trim(), Instant.now(), actor.id()));
    audit.record(
        actor.id(),
        actorName(actor),
        "email-domain.added",
        "email-domain",
        saved.id(),
        null,
        Map.of("domain", domain, "organisation", saved.organisation()));
    return HttpResponse.created(saved, URI.create("/api/v1/email-domains/" + saved.id()));
  }

  @Delete("/{id}")
  @Transactional
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a domain from the allow-list")
  void remove(long id, Authentication auth) {
    CurrentMember actor = CurrentMember.of(auth);
    EmailDomain found = domains.findById(id).orElseThrow(() -> ApiException.notFound("Domain"));
    domains.deleteById(id);
    audit.record(
        actor.id(),
        actorName(actor),
        "email-domain.removed",
        "email-domain",
        id,
        null,
        Map.of("domain", found.domain(), "organisation", found.organisation()));
  }

  private String actorName(CurrentMember actor) {
    return members.findById(actor.id()).map(MemberEntity::displayName).orElse("");
  }
}
