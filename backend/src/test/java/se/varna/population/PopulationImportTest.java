package se.varna.population;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.varna.crimestatistics.CrimeImports;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;
import se.varna.support.TestTokens;

/**
 * A coordinator maps SCB's regions (DeSO) to districts and imports SCB's population: the
 * figures are summed into districts and age bands, replace the demo figures of their year, and
 * every rate uses them; each kind of bad row is named with its row and column, and an
 * all-or-nothing import with one stores nothing. Its year (2042) is one no other test uses.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PopulationImportTest {

    static final String COORDINATOR = CrimeImports.COORDINATOR;
    static final String MAPPING = "deso,district\nT0001C0001,1980-centrum\nT0001C0002 Centrum norra,1980-centrum\n"
            + "T0001C0003,1980-viksang\n";
    static final String HEADER = "region,ålder,kön,år,antal\n";
    /** 2 000 people in Centrum (two DeSO), 400 in Viksäng, in 2042. */
    static final String POPULATION = HEADER
            + "T0001C0001 Centrum södra,15 år,kvinnor,2042,500\n"
            + "T0001C0002,16 år,män,2042,700\n"
            + "T0001C0001,70 år,män,2042,300\n"
            + "T0001C0002,100+ år,kvinnor,2042,500\n"
            + "T0001C0003,20-24 år,män,2042,400\n";

    @AfterEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("delete from area_population where year = 2042").executeUpdate();
            em.createNativeQuery("delete from population_area_mapping").executeUpdate();
        });
    }

    static ValidatableResponse upload(String method, String path, String token, String csv, String... query) {
        // the contract validator refuses a request without a token before it is sent: not for the 401 check
        var request = (token == null ? given() : given().filter(Contract.VALIDATED))
                .contentType("text/csv; charset=utf-8").body(csv.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return ("put".equals(method) ? request.when().put(path) : request.when().post(path)).then();
    }

    static ValidatableResponse mapping(String csv, String... query) {
        return upload("put", "/api/v1/population/area-mapping", COORDINATOR, csv, query);
    }

    static ValidatableResponse population(String csv, String... query) {
        return upload("post", "/api/v1/population/imports", COORDINATOR, csv, query);
    }

    static long stored2042() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from area_population where year = 2042").getSingleResult())
                .longValue());
    }

    /** Centrum's rate per 1 000 in 2042-01 of the crimes imported there, and the year of its population. */
    static JsonPath centrumRate() {
        return given().header("Authorization", "Bearer " + CrimeImports.VIEWER)
                .queryParam("from", "2042-01").queryParam("to", "2042-01").queryParam("area", "1980-centrum")
                .queryParam("category", "misshandel").queryParam("measure", "ratePer1000")
                .when().get("/api/v1/crime-statistics").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anImportReplacesTheDemoFiguresOfItsYearAndEveryRateUsesThem() {
        // demo figures for 2042: 1 000 people in Centrum
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("""
                        insert into area_population (area_id, year, sex, age_group_id, population, demo)
                        select a.id, 2042, 'female', g.id, 1000, true from area a, age_group g
                        where a.code = '1980-centrum' and g.code = '25-44'""").executeUpdate());
        CrimeImports.importAndWait(CrimeImports.POLICE, CrimeImports.HEADER
                + "2042-01,1980-centrum,misshandel,male,25-44,40\n");
        JsonPath before = centrumRate();
        assertThat(before.getInt("cells[0].populationYear")).isEqualTo(2042);
        assertThat(before.getDouble("cells[0].value")).isEqualTo(40.0);
        assertThat(yearOf(2042).get("demo")).isEqualTo(true);

        mapping(MAPPING).statusCode(200).body("rowsStored", equalTo(3));
        given().header("Authorization", "Bearer " + CrimeImports.VIEWER).when().get("/api/v1/population/area-mapping")
                .then().statusCode(200)
                .body("items.region", equalTo(List.of("T0001C0001", "T0001C0002", "T0001C0003")))
                .body("items[1].district", equalTo("1980-centrum"));

        population(POPULATION, "dryRun", "true").statusCode(200).body("rowsValid", equalTo(5))
                .body("rowsStored", equalTo(0));
        assertThat(yearOf(2042).get("demo")).isEqualTo(true);

        population(POPULATION).statusCode(200).body("rowsStored", equalTo(5));
        JsonPath after = centrumRate();
        // 2 000 people instead of 1 000: the rate halves
        assertThat(after.getDouble("cells[0].value")).isEqualTo(20.0);
        assertThat(after.getLong("cells[0].population")).isEqualTo(2000L);
        Map<String, Object> year = yearOf(2042);
        assertThat(year).containsEntry("demo", false).containsEntry("total", 2400).containsEntry("areas", 2);
        // summed into Värna's bands: 15 and 16 år into 15-17, 70 and 100+ into 65plus, 20-24 into 18-24
        List<Object> bands = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("""
                        select g.code || ':' || p.sex || ':' || p.population from area_population p
                        join age_group g on g.id = p.age_group_id join area a on a.id = p.area_id
                        where p.year = 2042 order by a.code, g.sort_order, p.sex""").getResultList());
        assertThat(bands).containsExactly("15-17:female:500", "15-17:male:700", "65plus:female:500",
                "65plus:male:300", "18-24:male:400");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yearOf(int year) {
        JsonPath overview = given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + CrimeImports.VIEWER)
                .when().get("/api/v1/population").then().statusCode(200).extract().jsonPath();
        return overview.<Map<String, Object>>getList("years").stream().filter(y -> ((Integer) y.get("year")) == year)
                .findFirst().orElseThrow();
    }

    @Test
    void eachKindOfBadPopulationRowIsNamedAndNothingIsStored() {
        mapping(MAPPING).statusCode(200);
        rejected("T0009C0009,15 år,kvinnor,2042,5", "region", "not mapped");
        rejected("T0001C0001,femton,kvinnor,2042,5", "ålder", "not an age");
        rejected("T0001C0001,15-19 år,kvinnor,2042,5", "ålder", "15-17, 18-24");
        rejected("T0001C0001,15 år,okänt,2042,5", "kön", "not a sex");
        rejected("T0001C0001,15 år,kvinnor,20x4,5", "år", "not a year");
        rejected("T0001C0001,15 år,kvinnor,2042,-3", "antal", "not a number of people");
        rejected("T0001C0001,15 år,kvinnor,2042,5\nT0001C0001,15 år,kvinnor,2042,6", "region", "repeats row 3");
        // skip-invalid stores the valid rows and names the others
        population(HEADER + "T0001C0001,15 år,kvinnor,2042,5\nT0001C0001,femton,män,2042,5\n", "mode", "skip-invalid")
                .statusCode(200).body("rowsStored", equalTo(1)).body("rowsRejected", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("ålder"));
        assertThat(stored2042()).isEqualTo(1);
    }

    void rejected(String rows, String column, String message) {
        population(HEADER + "T0001C0001,16 år,män,2042,7\n" + rows + "\n").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:varna:problem:import-rejected"))
                .body("errors[-1].field", equalTo(column))
                .body("errors[-1].message", containsString(message));
        assertThat(stored2042()).as(rows).isZero();
    }

    @Test
    void eachKindOfBadMappingRowIsNamedAndTheMappingStaysAsItWas() {
        mapping(MAPPING).statusCode(200);
        mapping("deso,district\nT0001C0004,ingen-sadan\n").statusCode(422).body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("district"));
        mapping("deso,district\nT0001C0004,1980\n").statusCode(422).body("errors[0].field", equalTo("district"))
                .body("errors[0].message", containsString("areas below"));
        mapping("deso,district\nT0001C0004,1980-centrum\nT0001C0004,1980-viksang\n").statusCode(422)
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("deso"));
        mapping("deso,district\n,1980-centrum\n").statusCode(422).body("errors[0].field", equalTo("deso"));
        given().header("Authorization", "Bearer " + COORDINATOR).when().get("/api/v1/population")
                .then().statusCode(200).body("mappedRegions", equalTo(3));
    }

    @Test
    void onlyACoordinatorImports() {
        String editor = TestTokens.user("redaktor-kff", "kultur-idrott-fritid", "editor");
        upload("post", "/api/v1/population/imports", editor, POPULATION).statusCode(403);
        upload("put", "/api/v1/population/area-mapping", editor, MAPPING).statusCode(403);
        upload("post", "/api/v1/population/imports", null, POPULATION).statusCode(401);
        given().when().get("/api/v1/population").then().statusCode(401);
        assertThat(stored2042()).isZero();
    }
}
