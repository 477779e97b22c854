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

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one OpenSearch client of the service, speaking JSON with the application's Jackson mapper. */
public class OpenSearchClientProducer {

    @Produces
    @Singleton
    OpenSearchAsyncClient openSearch(OpenSearchConfig config, ObjectMapper json) throws URISyntaxException {
        var transport = ApacheHttpClient5TransportBuilder.builder(HttpHost.create(config.url()))
                // the client reads values one by one from inside a response: more of it after a value is no fault there
                .setMapper(new JacksonJsonpMapper(json.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)))
                .build();
        return new OpenSearchAsyncClient(transport);
    }

    void close(@Disposes OpenSearchAsyncClient client) throws IOException {
        client._transport().close();
    }
}
