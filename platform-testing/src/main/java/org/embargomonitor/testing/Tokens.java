package org.embargomonitor.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the real Keycloak started by bin/embargo-monitor, and real tokens made wrong
 * in one way each: expired, from another issuer, with a forged signature.
 */
public final class Tokens {

    public static final String KEYCLOAK_URL = LocalServers.keycloakUrl();
    public static final String REALM = "embargo-monitor";
    private static final String API_CLIENT = "embargo-cli";
    private static final String EXPIRY_PROBE_CLIENT = "embargo-expiry-probe";
    private static final Duration REUSE_FOR = Duration.ofMinutes(3);

    private record Issued(String token, Instant at) {
    }

    private static final Map<DemoUser, Issued> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A valid access token of this demo user, reused while it is young. */
    public static String accessToken(DemoUser user) {
        Issued issued = CACHE.compute(user, (u, known) -> known != null && known.at().plus(REUSE_FOR).isAfter(Instant.now())
                ? known
                : new Issued(fetch(KEYCLOAK_URL, API_CLIENT, u), Instant.now()));
        return issued.token();
    }

    /** A token signed by the realm whose two-second lifetime has passed. */
    public static String expiredToken(DemoUser user) {
        String token = fetch(KEYCLOAK_URL, EXPIRY_PROBE_CLIENT, user);
        try {
            Thread.sleep(Duration.ofSeconds(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return token;
    }

    /**
     * A token correctly signed by the realm but issued for another host name ({@code localhost}), so its
     * issuer is not the one the services trust.
     */
    public static String foreignIssuerToken(DemoUser user) {
        return fetch(KEYCLOAK_URL.replace("127.0.0.1", "localhost"), API_CLIENT, user);
    }

    /** A real token's header and claims, signed again with a key the realm never had. */
    public static String forgedToken(DemoUser user) {
        String[] parts = accessToken(user).split("\\.");
        String signed = parts[0] + "." + parts[1];
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(generator.generateKeyPair().getPrivate());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fetch(String keycloakUrl, String clientId, DemoUser user) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", user.username)
                .formParam("password", DemoUser.PASSWORD)
                .when().post(keycloakUrl + "/realms/" + REALM + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
