package no.helsebro.profiles;

import io.micronaut.serde.annotation.Serdeable;

/** A taxonomy term as profiles show it: id, code and both names. */
@Serdeable
public record TermRef(long id, String code, String nameNb, String nameEn) {

  static TermRef of(TaxonomyTerm term) {
    return new TermRef(term.id(), term.code(), term.nameNb(), term.nameEn());
  }
}
