package no.helsebro.archfixture.alpha.model;

/** Alpha's framework-free model: public for alpha, not for other modules. */
public class AlphaRule {
  public boolean holds() {
    return true;
  }
}
