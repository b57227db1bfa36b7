package no.helsebro.archfixture.alpha;

import no.helsebro.archfixture.beta.BetaEvent;

/**
 * The facade of alpha. It breaks "depends on" (alpha does not list beta) and closes a cycle with
 * beta.
 */
public class AlphaFacade {
  public BetaEvent lastEvent() {
    return new BetaEvent(1);
  }
}
