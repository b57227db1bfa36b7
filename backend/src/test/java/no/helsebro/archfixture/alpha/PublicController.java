package no.helsebro.archfixture.alpha;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;

/** Breaks "controllers are package-private". Never a bean: the property is never set. */
@Requires(property = "archfixture.never-set")
@Controller("/archfixture")
public class PublicController {}
