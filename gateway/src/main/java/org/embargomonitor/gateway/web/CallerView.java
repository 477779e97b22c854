package org.embargomonitor.gateway.web;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.embargomonitor.platform.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person as the web pages show them. */
public record CallerView(String username, String displayName, Set<String> roles, Set<String> operations, Set<String> panels) {

    public static CallerView of(SecurityIdentity identity) {
        Caller caller = Caller.of(identity);
        String name = identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null
                ? token.<Object>getClaim("name").toString().replace("\"", "")
                : caller.username();
        return new CallerView(caller.username(), name, caller.roles(), caller.operations(), caller.panels());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
