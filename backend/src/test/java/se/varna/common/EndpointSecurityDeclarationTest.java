package se.varna.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation says who may call it on the method itself: a forgotten declaration
 * fails this test (and, at run time, {@code deny-unannotated-endpoints} answers 403).
 */
class EndpointSecurityDeclarationTest {

    private static final List<DotName> HTTP_METHODS = Stream.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
            .map(name -> DotName.createSimple("jakarta.ws.rs." + name)).toList();
    private static final List<DotName> DECLARATIONS = Stream.of("jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.RolesAllowed", "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated").map(DotName::createSimple).toList();

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws IOException {
        Index index = indexOf(Path.of("target/classes"));
        List<MethodInfo> operations = HTTP_METHODS.stream()
                .flatMap(http -> index.getAnnotations(http).stream())
                .map(AnnotationInstance::target)
                .filter(target -> target.kind() == AnnotationTarget.Kind.METHOD)
                .map(AnnotationTarget::asMethod)
                .toList();

        assertThat(operations).as("REST operations found in target/classes").hasSizeGreaterThanOrEqualTo(8);
        assertThat(operations)
                .filteredOn(method -> DECLARATIONS.stream().noneMatch(method::hasDeclaredAnnotation))
                .extracting(method -> method.declaringClass().simpleName() + "." + method.name())
                .as("operations without @PermitAll, @RolesAllowed, @Authenticated or @DenyAll")
                .isEmpty();
    }

    private static Index indexOf(Path classes) throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }
}
