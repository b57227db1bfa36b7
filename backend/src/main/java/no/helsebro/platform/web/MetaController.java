package no.helsebro.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Public facts the front end needs before anyone signs in. */
@Controller("/api/v1/meta")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Platform")
class MetaController {

  private final String version;

  MetaController(@Value("${helsebro.version:0.1.0}") String version) {
    this.version = version;
  }

  @Get
  @Operation(summary = "Name, version and languages of this Helsebro. Anyone may call it.")
  MetaView meta() {
    return new MetaView("Helsebro", version, List.of("nb", "nn", "en"), "nb");
  }

  @Serdeable
  record MetaView(String name, String version, List<String> languages, String defaultLanguage) {}
}
