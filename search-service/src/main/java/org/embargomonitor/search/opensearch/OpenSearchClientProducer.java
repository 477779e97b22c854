package org.embargomonitor.search.opensearch;

import java.io.IOException;
import java.net.URISyntaxException;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one OpenSearch client of the service, speaking JSON with the application's Jackson mapper. */
public class OpenSearchClientProducer {

    @Produces
    @Singleton
    OpenSearchAsyncClient openSearch(OpenSearchConfig config, ObjectMapper json) throws URISyntaxException {
        var transport = ApacheHttpClient5TransportBuilder.builder(HttpHost.create(config.url()))
                .setMapper(new JacksonJsonpMapper(json))
                .build();
        return new OpenSearchAsyncClient(transport);
    }

    void close(@Disposes OpenSearchAsyncClient client) throws IOException {
        client._transport().close();
    }
}
