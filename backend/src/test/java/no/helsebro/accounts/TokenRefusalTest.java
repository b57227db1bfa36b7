package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.Test;

/** Access tokens that are not exactly what Helsebro issues are refused with 401. */
@MicronautTest
class TokenRefusalTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;
  @Inject VerifiedAccessTokens verifiedTokens;
  @Inject List<io.micronaut.security.token.validator.TokenValidator<?>> tokenValidators;

  @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
  String secret;

  private int meStatus(String token) {
    return new AccountsApi(http).meStatus(token);
  }

  private JWTClaimsSet.Builder claims(long memberId) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .subject(Long.toString(memberId))
        .claim("roles", List.of("ADVISOR"))
        .issuer("helsebro")
        .audience("helsebro-api")
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now.minusSeconds(5)))
        .expirationTime(Date.from(now.plusSeconds(300)));
  }

  private String hs(JWSAlgorithm alg, String key, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
    jwt.sign(new MACSigner(key.getBytes()));
    return jwt.serialize();
  }

  @Test
  void aTokenBuiltLikeHelsebrosIsAccepted() throws Exception {
    long id = members.advisor().id();

    assertThat(meStatus(hs(JWSAlgorithm.HS256, secret, claims(id).build()))).isEqualTo(200);
  }

  @Test
  void anUnsignedTokenWithAlgNoneIsRefused() {
    long id = members.advisor().id();

    assertThat(meStatus(new PlainJWT(claims(id).build()).serialize())).isEqualTo(401);
  }

  @Test
  void aTokenSignedWithAnotherAlgorithmIsRefused() throws Exception {
    long id = members.advisor().id();
    String longKey = secret + secret + secret;
    RSAKey rsa = new RSAKeyGenerator(2048).generate();
    SignedJWT rs256 = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims(id).build());
    rs256.sign(new RSASSASigner(rsa));

    assertThat(meStatus(hs(JWSAlgorithm.HS512, longKey, claims(id).build()))).isEqualTo(401);
    assertThat(meStatus(rs256.serialize())).isEqualTo(401);
  }

  @Test
  void aTokenWithABadSignatureIsRefused() throws Exception {
    long id = members.advisor().id();

    String forged =
        hs(
            JWSAlgorithm.HS256,
            "another secret that is long enough for HS256!!",
            claims(id).build());

    assertThat(meStatus(forged)).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws Exception {
    long id = members.advisor().id();

    assertThat(meStatus(hs(JWSAlgorithm.HS256, secret, claims(id).audience("other-app").build())))
        .isEqualTo(401);
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() throws Exception {
    long id = members.advisor().id();

    assertThat(meStatus(hs(JWSAlgorithm.HS256, secret, claims(id).issuer("someone-else").build())))
        .isEqualTo(401);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    long id = members.advisor().id();
    Instant past = Instant.now().minusSeconds(600);

    String expired =
        hs(
            JWSAlgorithm.HS256,
            secret,
            claims(id)
                .issueTime(Date.from(past))
                .notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(300)))
                .build());

    assertThat(meStatus(expired)).isEqualTo(401);
  }

  @Test
  void aTokenForAMemberWhoDoesNotExistIsRefused() throws Exception {
    assertThat(meStatus(hs(JWSAlgorithm.HS256, secret, claims(987_654_321L).build())))
        .isEqualTo(401);
  }

  @Test
  void onlyHelsebrosOwnValidatorChecksTokens() {
    // Micronaut's reactive validator is switched off; a second validator would let a token through
    // that ours refuses.
    assertThat(tokenValidators).containsExactly(verifiedTokens);
  }

  @Test
  void aVerifiedTokenIsRefusedOnceItExpiresEvenThoughItIsRemembered() throws Exception {
    long id = members.advisor().id();
    Instant now = Instant.now();
    String token = hs(JWSAlgorithm.HS256, secret, claims(id).build());

    assertThat(meStatus(token)).isEqualTo(200);
    assertThat(verifiedTokens.authenticate(token, null, now.plusSeconds(299))).isPresent();
    assertThat(verifiedTokens.authenticate(token, null, now.plusSeconds(301))).isEmpty();
  }

  @Test
  void aRememberedTokenWithItsSignatureChangedIsRefused() throws Exception {
    long id = members.advisor().id();
    String token = hs(JWSAlgorithm.HS256, secret, claims(id).build());
    assertThat(meStatus(token)).isEqualTo(200);

    // A character inside the signature (the last one holds padding bits a decoder may ignore).
    int at = token.length() - 10;
    char c = token.charAt(at);
    String changed = token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);

    assertThat(meStatus(changed)).isEqualTo(401);
    assertThat(meStatus(token)).isEqualTo(200);
  }
}
