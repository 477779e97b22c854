package org.embargomonitor.platform.jobs;

import org.embargomonitor.testing.RealServers;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The jobs tests run against the real PostgreSQL. */
@QuarkusTestResource(value = RealServers.class, initArgs = @ResourceArg(name = RealServers.SERVERS_ARG, value = "postgres"))
public class RealPostgres {
}
