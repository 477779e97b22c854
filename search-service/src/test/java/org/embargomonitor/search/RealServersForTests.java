package org.embargomonitor.search;

import org.embargomonitor.testing.RealServers;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this service runs against the real OpenSearch, Kafka, PostgreSQL and Keycloak. */
@QuarkusTestResource(value = RealServers.class, initArgs = @ResourceArg(name = RealServers.SERVERS_ARG, value = "postgres,opensearch,kafka,keycloak"))
public class RealServersForTests {
}
