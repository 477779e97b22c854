package org.embargomonitor.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.embargomonitor.gateway.routing.RecordingUpstream;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/** The authorization-code flow as a browser walks it: gateway, Keycloak's login form, back to the gateway. */
@QuarkusTest
class BrowserLoginTest {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL testUrl;

    @Test
    void shouldSendBrowsersWithoutSessionToTheKeycloakLoginPage() {
        given().urlEncodingEnabled(false).redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", containsString(Tokens.KEYCLOAK_URL + "/realms/embargo-monitor/protocol/openid-connect/auth"))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void shouldTellThePagesScriptsThatTheSessionEndedInsteadOfRedirectingThemToALoginPageTheyCannotFollow() {
        given().redirects().follow(false).header("X-Requested-With", "JavaScript").get("/search").then().statusCode(499)
                .header("WWW-Authenticate", containsString("OIDC"));
        given().redirects().follow(false).get("/search").then().statusCode(302).header("Location", containsString(Tokens.KEYCLOAK_URL));
        given().redirects().follow(false).header("X-Requested-With", "JavaScript").contentType("application/json").body("{}")
                .post("/api/seizures").then().statusCode(401);
    }

    @Test
    void shouldLogInWithTheAuthorizationCodeFlowAndShowTheUserTheirRolesPages() {
        Map<String, String> session = logIn(PANEL_EXPERT);

        given().cookies(session).get(home()).then().statusCode(200)
                .body(containsString("Lars Eriksen"))
                .body(containsString("\"panel-expert\""))
                .body(containsString("CAR"))
                .body(containsString("href=\"/search\""))
                .body(containsString("href=\"/dashboard\""))
                .body(not(containsString("href=\"/seizures/new\"")));
    }

    @Test
    void shouldServeEachRoleItsPagesAndRefuseTheOthers() {
        Map<String, String> expert = logIn(PANEL_EXPERT);
        Map<String, String> committee = logIn(COMMITTEE_MEMBER);
        Map<String, String> mission = logIn(MISSION_OFFICER);
        Map<String, String> admin = logIn(ADMIN);

        given().cookies(admin).get(home() + "pipeline").then().statusCode(200).body(containsString("pipeline.js"));
        for (String page : new String[] { "search", "dashboard", "records/" + UUID.randomUUID() }) {
            given().cookies(expert).get(home() + page).then().statusCode(200).body(containsString("/assets/pages/"));
        }
        given().cookies(expert).get(home() + "seizures/new").then().statusCode(403);
        given().cookies(committee).get(home() + "dashboard").then().statusCode(200).body(containsString("echarts.min.js"));
        given().cookies(committee).get(home() + "search").then().statusCode(403);
        given().cookies(mission).get(home() + "seizures/new").then().statusCode(200).body(containsString("new-seizure.js"));
        given().cookies(mission).get(home() + "imports").then().statusCode(200);
        given().cookies(mission).get(home() + "dashboard").then().statusCode(403);
        given().cookies(expert).get(home() + "pipeline").then().statusCode(403);
        given().cookies(mission).get(home() + "pipeline").then().statusCode(403);
        given().cookies(mission).get(home() + "assets/map/world-110m.geojson").then().statusCode(200).body(containsString("Central African Rep."));
        given().cookies(mission).get(home() + "webjars/leaflet/1.9.4/dist/leaflet.js").then().statusCode(200);
    }

    @Test
    void shouldServeEveryPageWithAPolicyThatRunsNoInlineOrForeignScript() {
        Map<String, String> session = logIn(ADMIN);

        for (String page : new String[] { "", "search", "dashboard", "imports", "pipeline", "seizures/new" }) {
            given().cookies(session).get(home() + page).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void shouldKeepTheCallerJsonInsideItsScriptElementWhateverTheNameSays() {
        String json = "{\"displayName\":\"</script><script>alert(1)</script> & \u2028\"}";

        String safe = WebPages.scriptSafe(json);

        assertThat(safe).doesNotContain("<", ">", "&", "\u2028").contains("\\u003c/script\\u003e");
    }

    @Test
    void shouldPassTheSessionsAccessTokenButNoCookieToTheService() {
        Map<String, String> session = logIn(PANEL_EXPERT);

        given().cookies(session).get(home() + "api/seizures").then().statusCode(200);

        RecordingUpstream.Forwarded forwarded = RecordingUpstream.last();
        assertThat(forwarded.authorization()).startsWith("Bearer ey");
        assertThat(forwarded.cookie()).isNull();
    }

    @Test
    void shouldDescribeTheCallerToApiClients() {
        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).get("/api/me").then().statusCode(200)
                .body("username", equalTo("panel.expert"))
                .body("roles", hasItem("panel-expert"))
                .body("panels", hasItem("CAR"));
        given().get("/api/me").then().statusCode(401);
    }

    /** Keycloak accepts redirects to 127.0.0.1 only: one host name throughout, as in production. */
    private String home() {
        return "http://127.0.0.1:" + testUrl.getPort() + "/";
    }

    /** Logs in as a browser would and returns the gateway's session cookies. */
    private Map<String, String> logIn(DemoUser user) {
        Response toLogin = given().urlEncodingEnabled(false).redirects().follow(false).get(home());
        assertThat(toLogin.statusCode()).isEqualTo(302);
        Map<String, String> gatewayCookies = new HashMap<>(toLogin.cookies());

        Response loginPage = given().urlEncodingEnabled(false).redirects().follow(false).get(toLogin.header("Location"));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(loginPage.asString());
        assertThat(action.find()).as("Keycloak's login form").isTrue();

        Response afterLogin = given().urlEncodingEnabled(false).redirects().follow(false).cookies(loginPage.cookies())
                .contentType("application/x-www-form-urlencoded")
                .body("username=" + user.username + "&password=" + DemoUser.PASSWORD)
                .post(action.group(1).replace("&amp;", "&"));
        assertThat(afterLogin.statusCode()).as("Keycloak's answer to the credentials").isEqualTo(302);

        Response callback = given().urlEncodingEnabled(false).redirects().follow(false).cookies(gatewayCookies).get(afterLogin.header("Location"));
        assertThat(callback.statusCode()).as("the gateway's answer to the code").isIn(200, 302);
        for (Cookie cookie : callback.detailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                gatewayCookies.remove(cookie.getName());
            } else {
                gatewayCookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return gatewayCookies;
    }
}
