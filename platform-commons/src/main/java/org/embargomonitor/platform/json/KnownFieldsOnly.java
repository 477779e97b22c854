package org.embargomonitor.platform.json;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A request body holds only fields the platform knows: one it does not (a misspelt {@code serialNumbr}, a field of
 * another version) is refused with 400 naming it, rather than dropped and the record stored without what the
 * caller meant to send. Events and stored JSON keep the shared, tolerant reading.
 */
@Provider
public class KnownFieldsOnly implements ContextResolver<ObjectMapper> {

    private final ObjectMapper requests;

    KnownFieldsOnly(ObjectMapper shared) {
        this.requests = shared.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return requests;
    }
}
