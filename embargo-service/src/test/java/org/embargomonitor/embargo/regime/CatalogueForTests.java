package org.embargomonitor.embargo.regime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped catalogue as every database holds it once started: the versions first published, with the errata applied. */
public final class CatalogueForTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private CatalogueForTests() {
    }

    public static RegimeBook book() {
        List<NewRegime> regimes = read(RegimeCatalogue.RESOURCE, new TypeReference<>() {
        });
        List<CatalogueErratum> errata = read(RegimeCatalogue.ERRATA, new TypeReference<>() {
        });
        List<VersionInForce> versions = new ArrayList<>();
        for (NewRegime regime : regimes) {
            for (NewRegimeVersion published : regime.versions()) {
                NewRegimeVersion version = published;
                for (CatalogueErratum erratum : errata) {
                    if (erratum.regime().equals(regime.code()) && erratum.corrects().equals(version.effectiveFrom())) {
                        version = erratum.erratum().correction();
                    }
                }
                if (version != null) {
                    versions.add(new VersionInForce(regime.code(), regime.name(), regime.establishedOn(), regime.listTypes(),
                            UUID.nameUUIDFromBytes((regime.code() + version.effectiveFrom()).getBytes()), version.effectiveFrom(),
                            version.effectiveFromUncertain(), version.setBy(), version.terms(), version.renewedUntil()));
                }
            }
        }
        return new RegimeBook(versions);
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = CatalogueForTests.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
