package org.embargomonitor.platform.work;

import java.io.IOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the classes Hibernate translates and runs queries with, on the main thread while the service starts. Loaded at
 * the service's first query instead, they held a Vert.x event loop for three seconds on a busy machine (a
 * blocked-thread warning in the end-to-end tests: the first query of a service started beside three others). A
 * service without Hibernate (the gateway) has nothing to load.
 */
@ApplicationScoped
class QueryEngineWarmUp {

    private static final Logger LOG = Logger.getLogger(QueryEngineWarmUp.class);
    /** A class of each jar to read, and the packages of it whose classes a query needs. */
    private static final List<String> JARS = List.of("org/hibernate/query/sqm/sql/BaseSqmToSqlAstConverter.class",
            "org/hibernate/reactive/query/sqm/internal/ConcreteSqmSelectReactiveQueryPlan.class");
    private static final List<String> PACKAGES = List.of("org/hibernate/query/sqm/sql/", "org/hibernate/query/sqm/tree/",
            "org/hibernate/query/hql/", "org/hibernate/sql/ast/", "org/hibernate/sql/exec/", "org/hibernate/sql/results/",
            "org/hibernate/reactive/query/", "org/hibernate/reactive/sql/");

    void warmUp(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        long began = System.nanoTime();
        int loaded = 0;
        for (String marker : JARS) {
            URL resource = loader.getResource(marker);
            if (resource != null && "jar".equals(resource.getProtocol())) {
                loaded += load(loader, resource);
            }
        }
        if (loaded > 0) {
            LOG.debugf("Loaded %d query classes in %d ms", loaded, (System.nanoTime() - began) / 1_000_000);
        }
    }

    private static int load(ClassLoader loader, URL resource) {
        String path = resource.getPath();
        String file = path.substring(path.indexOf(':') + 1, path.indexOf("!/"));
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(URLDecoder.decode(file, StandardCharsets.UTF_8))) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                String entry = entries.nextElement().getName();
                if (entry.endsWith(".class") && PACKAGES.stream().anyMatch(entry::startsWith)) {
                    names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Query classes of %s not loaded ahead: %s", file, e.getMessage());
            return 0;
        }
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, true, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // a class for an optional feature this service does not have
            }
        }
        return loaded;
    }
}
