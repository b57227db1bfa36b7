package no.helsebro.search;

/** Labels of facet values that are codes, in both languages. */
interface FacetLabels {
  FacetLabels NONE = (dim, value) -> new Label(null, null);

  Label label(String dim, String value);

  record Label(String nb, String en) {}
}
