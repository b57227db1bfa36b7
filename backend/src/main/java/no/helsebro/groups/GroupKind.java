package no.helsebro.groups;

/** Where a peer group comes from. */
public enum GroupKind {
  /** Everyone whose profile names the health region. */
  REGION,
  /** Everyone whose profile lists the system (used or known). */
  SYSTEM,
  /** Made by a coordinator; members join themselves. */
  CUSTOM
}
