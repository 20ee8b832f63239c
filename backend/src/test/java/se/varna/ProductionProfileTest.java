package se.varna;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import se.varna.common.DemoMigrations;

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
        assertThat(setting("prod", "varna.demo-data")).isEqualTo("false");
        assertThat(setting("local", "varna.demo-data")).isEqualTo("true");
        assertThat(setting("dev", "varna.demo-data")).isEqualTo("true");
        // both are packaged (Quarkus fixes the locations at build time); DemoMigrations hides db/demo
        assertThat(setting("prod", "quarkus.flyway.locations")).isEqualTo("db/migration,db/demo");
        assertThat(setting("test", "quarkus.flyway.locations")).isEqualTo("db/migration");
    }

    @Test
    void productionTrustsTheFrontProxysForwardedHeadersAndMakeRunListensOnLoopbackOnly() {
        // behind deploy/nginx.conf a Location names the proxy's host and port (the cluster test
        // shows it through nginx); make run is reached directly and trusts no such header
        for (String key : List.of("proxy-address-forwarding", "allow-x-forwarded", "enable-forwarded-host")) {
            assertThat(setting("prod", "quarkus.http.proxy." + key)).as(key).isEqualTo("true");
            assertThat(optionalSetting("local", "quarkus.http.proxy." + key)).as(key).isEmpty();
        }
        assertThat(setting("local", "quarkus.http.host")).isEqualTo("127.0.0.1");
        // a container listens on its interfaces (Quarkus' default), never only on its loopback
        assertThat(optionalSetting("prod", "quarkus.http.host")).isEmpty();
    }

    @Test
    void withoutDemoDataFlywayIsOfferedNoDemoMigration() {
        List<LoadableResource> packaged = List.of(resource("db/migration/V1__schema.sql"),
                resource("db/migration/V3__seed_areas_demo.sql"), resource("db/demo/R__demo_measures.sql"),
                resource("BOOT-INF/classes/db/demo/R__demo_agreements.sql"));
        ResourceProvider all = new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return packaged.stream().filter(r -> r.getAbsolutePath().equals(name)).findFirst().orElse(null);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
                return packaged;
            }
        };
        ResourceProvider withoutDemo = DemoMigrations.withoutDemo(all);
        assertThat(withoutDemo.getResources("", new String[] { ".sql" })).extracting(LoadableResource::getAbsolutePath)
                .containsExactly("db/migration/V1__schema.sql", "db/migration/V3__seed_areas_demo.sql");
        assertThat(withoutDemo.getResource("db/demo/R__demo_measures.sql")).isNull();
        assertThat(withoutDemo.getResource("db/migration/V1__schema.sql")).isNotNull();
    }

    private static LoadableResource resource(String path) {
        return new LoadableResource() {
            @Override
            public Reader read() {
                return new StringReader("");
            }

            @Override
            public String getAbsolutePath() {
                return path;
            }

            @Override
            public String getAbsolutePathOnDisk() {
                return path;
            }

            @Override
            public String getFilename() {
                return path.substring(path.lastIndexOf('/') + 1);
            }

            @Override
            public String getRelativePath() {
                return path;
            }
        };
    }

    /** The packaged application.properties as the profile reads it (VARNA_DEMO_DATA unset). */
    private static String setting(String profile, String key) {
        return optionalSetting(profile, key).orElseThrow(() -> new AssertionError(key + " is not set in " + profile));
    }

    private static Optional<String> optionalSetting(String profile, String key) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, LOADER)).build();
        return config.getOptionalValue(key, String.class);
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

    @Test
    void bothRealmsLetAccessTokensLiveAMinuteAtMost() throws IOException {
        for (String file : List.of("varna-realm.json", "varna-realm.prod.json")) {
            assertThat(realm(file).path("accessTokenLifespan").asInt(Integer.MAX_VALUE)).as(file).isBetween(1, 60);
        }
    }

    @Test
    void theProductionRealmBrokersTheMunicipalitysProviderWithMappersToItsGroupsAndRoles() throws IOException {
        JsonNode prod = realm("varna-realm.prod.json");
        assertThat(prod.path("identityProviders")).hasSize(1);
        JsonNode provider = prod.path("identityProviders").get(0);
        JsonNode config = provider.path("config");
        assertThat(config.path("clientSecret").asText()).as("the provider's client secret comes from the environment")
                .matches("\\$\\{[A-Z][A-Z0-9_]*}");
        assertThat(config.path("validateSignature").asText()).isEqualTo("true");
        // FORCE: each login takes the groups anew, so a user moved or removed at the provider loses the old role
        assertThat(config.path("syncMode").asText()).isEqualTo("FORCE");
        Set<String> groups = new HashSet<>();
        prod.path("groups").forEach(group -> groups.add(group.path("path").asText()));
        Set<String> roles = new HashSet<>();
        prod.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        Set<String> mappedRoles = new HashSet<>();
        for (JsonNode mapper : prod.path("identityProviderMappers")) {
            JsonNode mapperConfig = mapper.path("config");
            assertThat(mapper.path("identityProviderAlias").asText()).isEqualTo(provider.path("alias").asText());
            assertThat(mapperConfig.path("syncMode").asText()).as(mapper.path("name").asText()).isEqualTo("FORCE");
            if (mapperConfig.has("group")) {
                assertThat(groups).as(mapper.path("name").asText()).contains(mapperConfig.path("group").asText());
            } else {
                assertThat(roles).as(mapper.path("name").asText()).contains(mapperConfig.path("role").asText());
                mappedRoles.add(mapperConfig.path("role").asText());
            }
        }
        // partners are clients, never people of the municipality's provider
        assertThat(mappedRoles).containsExactlyInAnyOrder("coordinator", "editor", "viewer");
    }

    private static JsonNode realm(String file) throws IOException {
        return new ObjectMapper().readTree(Path.of("../keycloak", file).toFile());
    }
}
