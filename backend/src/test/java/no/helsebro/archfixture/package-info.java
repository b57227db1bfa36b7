/**
 * Small classes that break each module rule once, for {@code ModuleBoundariesTest} and {@code
 * SqlOwnershipTest}: modules {@code platform}, {@code alpha} (depends on platform) and {@code beta}
 * (depends on platform and alpha). Never loaded by the application.
 */
package no.helsebro.archfixture;
