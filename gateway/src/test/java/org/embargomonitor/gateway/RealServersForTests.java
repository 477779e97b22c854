package org.embargomonitor.gateway;

import org.embargomonitor.gateway.routing.RecordingUpstream;
import org.embargomonitor.testing.RealServers;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The gateway's tests use the real Keycloak, and a recording upstream in place of the seizure service. */
@QuarkusTestResource(value = RealServers.class, initArgs = @ResourceArg(name = RealServers.SERVERS_ARG, value = "keycloak"))
@QuarkusTestResource(RecordingUpstream.class)
public class RealServersForTests {
}
