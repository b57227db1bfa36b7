package no.helsebro.archfixture.platform;

import no.helsebro.archfixture.alpha.AlphaFacade;

/** Breaks "the platform depends on no feature module". */
public class Leaky {
  public AlphaFacade facade() {
    return new AlphaFacade();
  }
}
