package org.embargomonitor.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling and what they are assigned to: the peace operations of mission staff and the panels of
 * experts, from the token's {@code assignments} claim (Keycloak groups {@code /operations/X}, {@code /panels/Y}).
 * Stored as JSON with work done later on the caller's behalf (an import), and read back the same.
 */
public record Caller(String username, Set<String> roles, Set<String> operations, Set<String> panels) {

    public static final String ASSIGNMENTS_CLAIM = "assignments";
    private static final String OPERATION_GROUP = "/operations/";
    private static final String PANEL_GROUP = "/panels/";

    public static Caller of(SecurityIdentity identity) {
        Set<String> operations = new TreeSet<>();
        Set<String> panels = new TreeSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(ASSIGNMENTS_CLAIM);
            if (claim instanceof Collection<?> groups) {
                for (Object group : groups) {
                    String path = unquoted(String.valueOf(group));
                    if (path.startsWith(OPERATION_GROUP)) {
                        operations.add(path.substring(OPERATION_GROUP.length()));
                    } else if (path.startsWith(PANEL_GROUP)) {
                        panels.add(path.substring(PANEL_GROUP.length()));
                    }
                }
            }
        }
        return new Caller(identity.getPrincipal().getName(), Set.copyOf(identity.getRoles()), Set.copyOf(operations),
                Set.copyOf(panels));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @JsonIgnore
    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    private static String unquoted(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
