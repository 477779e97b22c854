package org.embargomonitor.gateway;

import java.util.Map;

import org.embargomonitor.testing.RestLayerOnly;

/** The gateway's pages alone: neither the browsers' login nor the bearer tenant reaches Keycloak. */
public class GatewayRestLayer extends RestLayerOnly {

    @Override
    protected boolean keepsData() {
        return false;
    }

    @Override
    protected Map<String, String> serviceOverrides() {
        return Map.of("quarkus.oidc.bearer-only.tenant-enabled", "false");
    }
}
