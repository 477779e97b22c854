package org.embargomonitor.gateway;

import org.embargomonitor.gateway.routing.ClosingUpstream;
import org.embargomonitor.gateway.routing.RecordingUpstream;
import org.embargomonitor.testing.RealServers;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The gateway's tests use the real Keycloak, a recording upstream in place of the seizure service, one that closes connections in place of the search
 * service, and no embargo service at all. */
@QuarkusTestResource(value = RealServers.class, initArgs = @ResourceArg(name = RealServers.SERVERS_ARG, value = "keycloak"))
@QuarkusTestResource(RecordingUpstream.class)
@QuarkusTestResource(ClosingUpstream.class)
public class RealServersForTests {
}
