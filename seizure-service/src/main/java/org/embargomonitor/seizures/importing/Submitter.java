package org.embargomonitor.seizures.importing;

import java.util.Set;

import org.embargomonitor.platform.security.Caller;

/** Who submitted an import, with the roles and assignments that scope what it may record, as stored with it. */
public record Submitter(String username, Set<String> roles, Set<String> operations, Set<String> panels) {

    static Submitter of(Caller caller) {
        return new Submitter(caller.username(), caller.roles(), caller.operations(), caller.panels());
    }

    Caller caller() {
        return new Caller(username, roles, operations, panels);
    }
}
