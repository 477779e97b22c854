package org.embargomonitor.embargo;

import org.embargomonitor.testing.RealServers;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this service runs against the real PostgreSQL and Keycloak. */
@QuarkusTestResource(value = RealServers.class, initArgs = @ResourceArg(name = RealServers.SERVERS_ARG, value = "postgres,keycloak,kafka"))
public class RealServersForTests {
}
