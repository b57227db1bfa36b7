package no.helsebro.archfixture.beta;

import no.helsebro.archfixture.alpha.AlphaFacade;
import no.helsebro.archfixture.alpha.AlphaHelper;
import no.helsebro.archfixture.alpha.model.AlphaRule;

/** Uses alpha's facade (allowed), its helper and its model (both inside alpha). */
class BetaUser {
  int use() {
    new AlphaFacade().lastEvent();
    return new AlphaHelper().help() + (new AlphaRule().holds() ? 1 : 0);
  }
}
