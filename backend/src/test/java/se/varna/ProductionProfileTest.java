package se.varna;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The production profile ({@code prod}, the packaged service's and the container's default):
 * no embedded PostgreSQL ever, no demo figures, and a Keycloak realm template without demo users,
 * password grant or committed secrets; {@code make run} (profile {@code local}) keeps its
 * embedded database and demo data.
 */
class ProductionProfileTest {

    private static final ClassLoader LOADER = ProductionProfileTest.class.getClassLoader();

    @Test
    void withoutADatabaseUrlProductionRefusesToStartAndMakeRunStartsAnEmbeddedOne() {
        assertThat(VarnaMain.database("prod", Optional.empty())).isEqualTo(VarnaMain.Database.MISSING);
        assertThat(VarnaMain.database("prod,kubernetes", Optional.empty())).isEqualTo(VarnaMain.Database.MISSING);
        assertThat(VarnaMain.database("staging", Optional.empty())).isEqualTo(VarnaMain.Database.MISSING);
        assertThat(VarnaMain.database("local", Optional.empty())).isEqualTo(VarnaMain.Database.EMBEDDED);
        assertThat(VarnaMain.database("dev", Optional.empty())).isEqualTo(VarnaMain.Database.EMBEDDED);
        for (String profile : List.of("prod", "local")) {
            assertThat(VarnaMain.database(profile, Optional.of("jdbc:postgresql://db:5432/varna")))
                    .isEqualTo(VarnaMain.Database.CONFIGURED);
        }
        assertThat(VarnaMain.missingDatabase("prod")).contains("QUARKUS_DATASOURCE_JDBC_URL").contains("'prod'");
    }

    @Test
    void theProfileIsProdUnlessOneIsSet() {
        assertThat(VarnaMain.activeProfile(null, null)).isEqualTo("prod");
        assertThat(VarnaMain.activeProfile(null, " ")).isEqualTo("prod");
        assertThat(VarnaMain.activeProfile(null, "local")).isEqualTo("local");
        assertThat(VarnaMain.activeProfile("dev", "local")).isEqualTo("dev");
    }

    @Test
    void aDatabaseUrlInAnyConfigSourceCountsNotOnlyTheEnvironmentVariable() {
        // a profile-specific system property: the check before this one (environment variable or the
        // plain system property) missed it and started an embedded database beside it
        String key = "%prod.quarkus.datasource.jdbc.url";
        System.setProperty(key, "jdbc:postgresql://db.example:5432/varna");
        try {
            assertThat(VarnaMain.configuredUrl("prod", LOADER)).contains("jdbc:postgresql://db.example:5432/varna");
            assertThat(VarnaMain.configuredUrl("local", LOADER)).as("another profile's URL is not this one's")
                    .isNotEqualTo(Optional.of("jdbc:postgresql://db.example:5432/varna"));
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void productionLoadsNoDemoFiguresAndMakeRunDoes() {
        assertThat(flywayLocations("prod")).containsExactly("db/migration");
        assertThat(flywayLocations("local")).containsExactly("db/migration", "db/demo");
        assertThat(flywayLocations("test")).doesNotContain("db/demo");
    }

    /** The packaged application.properties as the profile reads it (VARNA_FLYWAY_LOCATIONS unset). */
    private static List<String> flywayLocations(String profile) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, LOADER)).build();
        return List.of(config.getValue("quarkus.flyway.locations", String.class).split(","));
    }

    @Test
    void theProductionRealmHasNoDemoUsersNoPasswordGrantAndNoCommittedSecret() throws IOException {
        JsonNode realm = realm("varna-realm.prod.json");
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("serviceAccountClientId")).as("user %s is a client's service account",
                    user.path("username").asText()).isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        List<String> secrets = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as("%s: password grant", id).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false)).as("%s: implicit flow", id).isFalse();
            if (!client.path("publicClient").asBoolean(false)) {
                assertThat(client.path("secret").asText()).as("%s: its secret comes from the environment", id)
                        .matches("\\$\\{[A-Z][A-Z0-9_]*}");
                secrets.add(client.path("secret").asText());
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertThat(uri.asText()).as("%s: redirect URI", id).startsWith("${VARNA_PUBLIC_URL}");
            }
        }
        assertThat(secrets).isNotEmpty().doesNotHaveDuplicates();
        String text = Files.readString(Path.of("../keycloak/varna-realm.prod.json"));
        assertThat(text).doesNotContain("localhost").doesNotContain("demo-secret").doesNotContain("\"password\"");
    }

    @Test
    void theProductionRealmGivesTokensTheDemoRealmsRolesOrganisationsAndAudience() throws IOException {
        JsonNode demo = realm("varna-realm.json");
        JsonNode prod = realm("varna-realm.prod.json");
        assertThat(prod.path("roles")).isEqualTo(demo.path("roles"));
        assertThat(prod.path("groups")).isEqualTo(demo.path("groups"));
        assertThat(prod.path("realm").asText()).isEqualTo(demo.path("realm").asText());
        Set<String> demoOnly = Set.of("varna-cli");
        for (JsonNode client : demo.path("clients")) {
            String id = client.path("clientId").asText();
            JsonNode twin = null;
            for (JsonNode candidate : prod.path("clients")) {
                if (candidate.path("clientId").asText().equals(id)) {
                    twin = candidate;
                }
            }
            if (demoOnly.contains(id)) {
                assertThat(twin).as("%s, the password-grant client of scripts and tests", id).isNull();
            } else {
                assertThat(twin).as(id).isNotNull();
                assertThat(twin.path("protocolMappers")).as("%s: the claims its tokens carry", id)
                        .isEqualTo(client.path("protocolMappers"));
            }
        }
    }

    private static JsonNode realm(String file) throws IOException {
        return new ObjectMapper().readTree(Path.of("../keycloak", file).toFile());
    }
}
