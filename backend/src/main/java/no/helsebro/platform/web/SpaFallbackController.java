package no.helsebro.platform.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import no.helsebro.platform.errors.Problems;

/**
 * Client-side routes such as {@code /forum/topics/42} have no file on the server: a browser that
 * asks for one as a page gets {@code index.html} and the app's router takes over. Everything else
 * that is not found (API paths, missing assets, non-HTML requests) is a problem+json 404.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SpaFallbackController {

  private final byte[] indexHtml;

  SpaFallbackController(ResourceResolver resources) {
    Optional<InputStream> index = resources.getResourceAsStream("classpath:public/index.html");
    try (InputStream in = index.orElse(null)) {
      this.indexHtml = in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Error(status = HttpStatus.NOT_FOUND, global = true)
  HttpResponse<?> notFound(HttpRequest<?> request) {
    if (indexHtml != null && isPageRequest(request)) {
      return HttpResponse.ok(indexHtml)
          .contentType(MediaType.TEXT_HTML_TYPE)
          .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
    return Problems.response(
        HttpStatus.NOT_FOUND, "not-found", "Not Found", "No such resource: " + request.getPath());
  }

  static boolean isPageRequest(HttpRequest<?> request) {
    String path = request.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
        && !path.startsWith("/api/")
        && !path.equals("/api")
        // The API browser's own files are served from there; nothing else is a page of ours.
        && !path.startsWith("/swagger-ui/")
        && !path.startsWith("/swagger/")
        && !last.contains(".")
        && request.getHeaders().accept().stream()
            .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
  }
}
