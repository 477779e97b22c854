package org.embargomonitor.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules every service's compiled classes keep (docs/architecture.md): packages depend on one another in one
 * direction only, only repositories query the database, and a request that changes something is carried out to its
 * end when its caller hangs up.
 */
public final class ServiceArchitecture {

    /**
     * The calls that write a query, by the type they are called on: HQL and SQL through a Hibernate Reactive session,
     * Panache queries given as text, SQL sent through the Vert.x client or JDBC.
     */
    private static final Map<String, Set<String>> QUERY_CALLS = Map.of(
            "org.hibernate.reactive.mutiny.Mutiny$QueryProducer",
            Set.of("createSelectionQuery", "createQuery", "createNativeQuery", "createMutationQuery"),
            "io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase", Set.of("find", "list", "stream", "count", "delete", "update"),
            "io.vertx.mutiny.sqlclient.SqlClient", Set.of("query", "preparedQuery"),
            "io.vertx.sqlclient.SqlClient", Set.of("query", "preparedQuery"),
            "java.sql.Connection", Set.of("prepareStatement", "createStatement", "prepareCall"));

    private static final String CANCELLABLE = "org.jboss.resteasy.reactive.server.Cancellable";

    private final String rootPackage;
    private final JavaClasses classes;

    private ServiceArchitecture(String rootPackage, JavaClasses classes) {
        this.rootPackage = rootPackage;
        this.classes = classes;
    }

    /** The service's main classes, as Maven compiled them. */
    public static ServiceArchitecture of(String rootPackage) {
        return new ServiceArchitecture(rootPackage, new ClassFileImporter().importPath(Path.of("target/classes")));
    }

    public void checkPackagesFreeOfCycles() {
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Queries are written in repositories only: Panache repositories, classes named {@code ...Repository}, and
     * {@code ...Rows} classes that read and write plain rows; services call their methods. Probes that ask a
     * dependency whether it answers are not queries.
     */
    public void checkQueriesOnlyInRepositories() {
        noClasses().that(isNotARepository()).should().callMethodWhere(writesAQuery())
                .as("Only repositories query the database").check(classes);
    }

    /**
     * Quarkus REST cancels what a resource method returned when the caller's connection closes; a write cancelled so
     * is rolled back halfway, and the client's retry starts it again. Methods that change something (POST, PUT,
     * PATCH, DELETE) answering later (a Uni or a CompletionStage) carry {@code @Cancellable(false)}, on themselves
     * or their class, so that they run to their end and the retry finds their result under its Idempotency-Key.
     */
    public void checkWritesRunToTheirEndWhenTheCallerLeaves() {
        methods().that(changeSomethingLater()).should(notBeCancellable())
                .as("Writes run to their end when their caller leaves").allowEmptyShould(true).check(classes);
    }

    private static DescribedPredicate<JavaMethod> changeSomethingLater() {
        return DescribedPredicate.describe("change something and answer later", method ->
                Set.of("POST", "PUT", "PATCH", "DELETE").stream().anyMatch(verb -> method.isAnnotatedWith("jakarta.ws.rs." + verb))
                        && (method.getRawReturnType().isAssignableTo("io.smallrye.mutiny.Uni")
                                || method.getRawReturnType().isAssignableTo("java.util.concurrent.CompletionStage")));
    }

    private static ArchCondition<JavaMethod> notBeCancellable() {
        return new ArchCondition<>("carry @Cancellable(false)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Optional<Object> onMethod = method.tryGetAnnotationOfType(CANCELLABLE).flatMap(annotation -> annotation.get("value"));
                boolean cancellable = onMethod
                        .or(() -> method.getOwner().tryGetAnnotationOfType(CANCELLABLE).flatMap(annotation -> annotation.get("value")))
                        .map(Boolean.TRUE::equals).orElse(true);
                if (cancellable) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " is cancelled halfway when its caller hangs up"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> isNotARepository() {
        return DescribedPredicate.describe("are not repositories", type -> {
            JavaClass outer = type.getEnclosingClass().orElse(type);
            String name = outer.getSimpleName();
            return !(name.endsWith("Repository") || name.endsWith("Rows")
                    || outer.isAssignableTo("io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase")
                    || outer.isAssignableTo("org.embargomonitor.platform.pipeline.Dependency"));
        });
    }

    private static DescribedPredicate<JavaMethodCall> writesAQuery() {
        return DescribedPredicate.describe("write a query", call -> QUERY_CALLS.entrySet().stream()
                .anyMatch(calls -> calls.getValue().contains(call.getName())
                        && call.getTargetOwner().isAssignableTo(calls.getKey())
                        && (!calls.getKey().endsWith("PanacheRepositoryBase") || takesQueryText(call))));
    }

    /** Panache's {@code find(String, ...)} writes a query; {@code count()} or {@code list(Sort)} do not. */
    private static boolean takesQueryText(JavaMethodCall call) {
        var parameters = call.getTarget().getRawParameterTypes();
        return !parameters.isEmpty() && parameters.get(0).isEquivalentTo(String.class);
    }
}
