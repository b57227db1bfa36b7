package no.helsebro.mentoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A taxonomy term with its names in both languages. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TermView(long id, String kind, String code, String nameNb, String nameEn) {

  static TermView of(TermCatalog.Term t) {
    return new TermView(t.id(), t.kind(), t.code(), t.nameNb(), t.nameEn());
  }
}
