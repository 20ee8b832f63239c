package se.varna.common.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static se.varna.common.caching.Replays.awaitTrue;
import static se.varna.common.caching.Replays.headers;
import static se.varna.common.caching.Replays.versionInMemory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * HTTP caching (ETag, Cache-Control, Vary, 304) and the server's memory of computed answers:
 * a repeated question is answered from memory, and never after a committed write.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class AnswerCachingTest {

    static final String COORDINATOR = TestTokens.user("samordnare", "hallbarhetsenheten", "coordinator");
    static final String VIEWER = TestTokens.user("lasare", "kommunstyrelsen", "viewer");

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    DataVersion dataVersion;

    @Inject
    Flyway flyway;

    @Inject
    Config config;

    @Inject
    PublicHits publicHits;

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().filter(Contract.VALIDATED);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    double count(String result) {
        return registry.counter("varna.answer.cache", "result", result).count();
    }

    @Test
    void aPublicReadCarriesAnETagAndIsAnswered304WhileItHolds() {
        Response first = as(null).when().get("/api/v1/goals")
                .then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("ETag", startsWith("W/\""))
                .extract().response();
        assertThat(first.headers().getValues("Vary")).as("what a shared cache must tell apart")
                .anySatisfy(vary -> assertThat(vary).contains("Authorization", "Accept", "Accept-Language"));

        given().header("If-None-Match", first.header("ETag"))
                .when().get("/api/v1/goals")
                .then().statusCode(304)
                .header("ETag", first.header("ETag"))
                .body(emptyString());
        given().header("If-None-Match", "W/\"something-else\"")
                .when().get("/api/v1/goals")
                .then().statusCode(200)
                .header("ETag", first.header("ETag"))
                .body(equalTo(first.asString()));
    }

    @Test
    void aSignedInCallersAnswerIsPrivateAndNotStored() {
        as(VIEWER).when().get("/api/v1/goals")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("ETag", startsWith("W/\""));
    }

    @Test
    void aDocumentKeepsItsVersionAsETagAndIsAnsweredInFull() {
        long policy = as(null).when().get("/api/v1/policies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        String etag = as(null).when().get("/api/v1/policies/{id}", policy)
                .then().statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .header("Cache-Control", "no-cache")
                .extract().header("ETag");

        given().header("If-None-Match", etag)
                .when().get("/api/v1/policies/{id}", policy)
                .then().statusCode(200)
                .header("ETag", etag)
                .body("id", equalTo((int) policy));
    }

    @Test
    void theSameQuestionIsAnsweredFromMemoryUntilAWriteAndTheReadAfterItShowsTheWrite() {
        long tillit = indicatorId("TILLIT");
        String path = "/api/v1/indicators/{id}/values";
        as(null).queryParam("from", "2041").when().get(path, tillit).then().statusCode(200);
        double hits = count("hit");
        double misses = count("miss");

        String before = as(null).queryParam("from", "2041").when().get(path, tillit)
                .then().statusCode(200).extract().asString();
        assertThat(count("hit")).as("the second read of the same question").isEqualTo(hits + 1);
        assertThat(before).doesNotContain("2041");

        try {
            as(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("period", "2041", "area", "1980", "value", 61.5))
                    .when().post(path, tillit)
                    .then().statusCode(201);

            as(null).queryParam("from", "2041").when().get(path, tillit)
                    .then().statusCode(200)
                    .body("series[0].latest.period", equalTo("2041"));
            assertThat(count("miss")).as("the read after the write").isEqualTo(misses + 1);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from indicator_value_audit where period = '2041'").executeUpdate();
                em.createNativeQuery("delete from indicator_value where period = '2041'").executeUpdate();
            });
        }
    }

    @Test
    void aWriteByPlainSqlMovesTheDataVersionOnAtCommitAndARollbackDoesNot() {
        long goal = as(null).when().get("/api/v1/goals").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        String title = as(null).when().get("/api/v1/goals/{id}", goal).then().statusCode(200)
                .extract().jsonPath().getString("title.sv");
        long version = dataVersion.current();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            setTitle(goal, "Inte sparad");
            assertThat(dataVersion.current()).as("before the commit").isEqualTo(version);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(dataVersion.current()).as("after a rollback").isEqualTo(version);

        try {
            QuarkusTransaction.requiringNew().run(() -> setTitle(goal, "Ändrad i databasen"));
            assertThat(dataVersion.current()).as("after the commit").isEqualTo(version + 1);
            as(null).when().get("/api/v1/goals/{id}", goal).then().statusCode(200)
                    .body("title.sv", equalTo("Ändrad i databasen"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> setTitle(goal, title));
        }
        as(null).when().get("/api/v1/goals/{id}", goal).then().statusCode(200).body("title.sv", equalTo(title));
    }

    @Test
    void everyTableMovesTheDataVersionAndSoDoesATableALaterMigrationAdds() {
        assertThat(untrackedTables()).as("tables without the data version's trigger")
                .containsExactlyInAnyOrder("data_version", "data_version_pending", "flyway_schema_history",
                        "partner_rate_limit", "crime_import_job", "crime_import_file", "known_user");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "create table data_version_probe (id int)").executeUpdate());
        try {
            assertThat(untrackedTables()).contains("data_version_probe");
            flyway.migrate();
            assertThat(untrackedTables()).doesNotContain("data_version_probe");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "drop table data_version_probe").executeUpdate());
        }
    }

    @Test
    void aCsvAnswerCarriesAnETagIsAnswered304AndIsKeptWithItsFileName() {
        String path = "/api/v1/crime-statistics?from=2024-01&to=2024-12&groupBy=area";
        Response first = given().accept("text/csv;delimiter=semicolon").when().get(path)
                .then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("ETag", startsWith("W/\""))
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename="))
                .extract().response();
        assertThat(first.asString()).contains(";");
        double hits = count("hit");
        Response again = given().accept("text/csv;delimiter=semicolon").when().get(path)
                .then().statusCode(200).extract().response();
        assertThat(count("hit")).as("the same CSV asked again").isEqualTo(hits + 1);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(again.header("Content-Disposition")).isEqualTo(first.header("Content-Disposition"));

        given().accept("text/csv;delimiter=semicolon").header("If-None-Match", first.header("ETag"))
                .when().get(path).then().statusCode(304).body(emptyString());
        String json = given().accept("application/json").when().get(path)
                .then().statusCode(200).header("ETag", startsWith("W/\"")).extract().header("ETag");
        assertThat(json).as("the JSON of the same question is another answer").isNotEqualTo(first.header("ETag"));
    }

    @Test
    void aWriteThisServiceDidNotMakeIsHeardFromTheDatabaseWithoutAReadPerRequest() throws Exception {
        long goal = as(null).when().get("/api/v1/goals").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        String title = as(null).when().get("/api/v1/goals/{id}", goal).then().statusCode(200)
                .extract().jsonPath().getString("title.sv");
        dataVersion.current();
        awaitTrue("the listener holds the version", () -> dataVersion.inMemory());
        long version = dataVersion.current();

        // as another replica would: its own connection, no transaction of this service
        try (Connection other = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            other.setAutoCommit(false);
            try (var update = other.prepareStatement("update goal set title_sv = ? where id = ?")) {
                update.setString(1, "Ändrad av en annan replik");
                update.setLong(2, goal);
                update.executeUpdate();
            }
            Thread.sleep(200);
            assertThat(dataVersion.current()).as("before the other's commit").isEqualTo(version);
            other.commit();
            // heard (notified) without anyone asking: nothing here read the version meanwhile
            awaitTrue("the notification of the other's commit", () -> dataVersion.heard() == version + 1);
            assertThat(dataVersion.current()).isEqualTo(version + 1);
            as(null).when().get("/api/v1/goals/{id}", goal).then().statusCode(200)
                    .body("title.sv", equalTo("Ändrad av en annan replik"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> setTitle(goal, title));
        }
        as(null).when().get("/api/v1/goals/{id}", goal).then().statusCode(200).body("title.sv", equalTo(title));
    }

    @Test
    void aRepeatedAnonymousReadIsReplayedOnTheEventLoopWithTheSameStatusHeadersAndBytes() throws Exception {
        awaitTrue("the listener holds the version", () -> versionInMemory(dataVersion));
        for (String path : List.of("/api/v1/indicators?limit=7", "/api/v1/crime-statistics?from=2024-01&to=2024-06")) {
            for (String accept : List.of("application/json", "text/csv")) {
                if (path.startsWith("/api/v1/indicators") && accept.equals("text/csv")) {
                    continue;
                }
                Response full = given().accept(accept).header("Accept-Language", "en").when().get(path)
                        .then().statusCode(200).extract().response();
                // the next asking is replayed once the version is in memory again (a background
                // transaction of the service, if one ended meanwhile, makes one request read it)
                Response replay = null;
                for (int i = 0; i < 5 && replay == null; i++) {
                    awaitTrue("the listener holds the version", () -> versionInMemory(dataVersion));
                    long replayed = publicHits.replayed();
                    double hits = count("hit");
                    Response answer = given().accept(accept).header("Accept-Language", "en").when().get(path)
                            .then().statusCode(200).extract().response();
                    assertThat(count("hit")).as("counted as a hit").isEqualTo(hits + 1);
                    if (publicHits.replayed() == replayed + 1) {
                        replay = answer;
                    }
                }
                assertThat(replay).as(path + " " + accept + " replayed").isNotNull();
                assertThat(replay.asByteArray()).isEqualTo(full.asByteArray());
                assertThat(headers(replay)).as(path + " " + accept).isEqualTo(headers(full));
                assertThat(replay.header("X-Request-Id")).isNotEqualTo(full.header("X-Request-Id"));
            }
        }
        // a token, an Origin or a conditional read goes the full way
        long replayed = publicHits.replayed();
        as(VIEWER).when().get("/api/v1/indicators?limit=7").then().statusCode(200).header("Cache-Control", "private, no-store");
        given().header("Origin", "http://localhost:5173").when().get("/api/v1/indicators?limit=7").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        String etag = given().when().get("/api/v1/indicators?limit=7").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/indicators?limit=7").then().statusCode(304);
        assertThat(publicHits.replayed()).as("none of these replayed").isEqualTo(replayed);
    }

    private void setTitle(long goal, String title) {
        em.createNativeQuery("update goal set title_sv = ?1 where id = ?2")
                .setParameter(1, title).setParameter(2, goal).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<String> untrackedTables() {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p')
                  and not exists (select 1 from pg_trigger g
                                  where g.tgrelid = c.oid and g.tgname = 'data_version_written')
                """).getResultList());
    }

    private long indicatorId(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select id from indicator where code = ?1").setParameter(1, code)
                .getSingleResult()).longValue());
    }
}
