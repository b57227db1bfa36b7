package no.helsebro.archfixture.alpha;

/** Breaks "only the surface is public": neither facade, record, enum nor port. */
public class AlphaHelper {
  public int help() {
    return 1;
  }
}
