package se.varna.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import se.varna.support.Contract;
import se.varna.support.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class OrganisationResourceTest {

    @Test
    void anonymousReadsTheFifteenOrganisationsOrderedByName() {
        List<String> names = given().filter(Contract.VALIDATED)
                .when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("total", equalTo(15))
                .extract().jsonPath().getList("items.name.sv", String.class);

        assertThat(names).hasSize(15).contains("Kommunfullmäktige", "Hållbarhetsenheten", "Polisen");
        assertThat(names.get(0)).isEqualTo("Barn- och utbildningsförvaltningen");
    }

    @Test
    void organisationCodesAreTheOnesTheTokenClaimUses() {
        List<String> codes = given().when().get("/api/v1/organisations")
                .then().extract().jsonPath().getList("items.code", String.class);

        assertThat(codes).containsExactlyInAnyOrder("kommunfullmaktige", "kommunstyrelsen", "stadsledningskontoret",
                "strategisk-samhallsutveckling", "hallbarhetsenheten", "kultur-idrott-fritid", "barn-utbildning",
                "individ-familj", "mimer", "varna-vasteras", "plg-social-hallbarhet", "samordningsarenan",
                "hallbarhetsarenan", "polisen", "raddningstjansten");
    }

    @Test
    void theSustainabilityUnitSitsUnderStrategicDevelopmentInTheCityExecutiveOffice() {
        JsonPath page = given().when().get("/api/v1/organisations").then().extract().jsonPath();
        Map<String, Object> unit = page.getMap("items.find { it.code == 'hallbarhetsenheten' }");
        Map<String, Object> strategic = page.getMap("items.find { it.code == 'strategisk-samhallsutveckling' }");
        Map<String, Object> office = page.getMap("items.find { it.code == 'stadsledningskontoret' }");

        assertThat(unit).containsEntry("type", "unit").containsEntry("parentId", strategic.get("id"));
        assertThat(strategic).containsEntry("parentId", office.get("id"));
        assertThat(office).containsEntry("type", "office").containsEntry("parentId", null);
    }

    @Test
    void onlyThePoliceAndTheRescueServiceAreExternal() {
        List<String> external = given().when().get("/api/v1/organisations")
                .then().extract().jsonPath().getList("items.findAll { it.external }.code", String.class);

        assertThat(external).containsExactlyInAnyOrder("polisen", "raddningstjansten");
    }

    @Test
    void pagingWindowsTheOrganisations() {
        given().filter(Contract.VALIDATED)
                .queryParam("limit", 5).queryParam("offset", 10)
                .when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("total", equalTo(15));
    }

    @Test
    void limitAboveMaximumIsAProblemNamingTheParameter() {
        given().filter(Contract.RESPONSES_VALIDATED)
                .queryParam("limit", 1000)
                .when().get("/api/v1/organisations")
                .then().statusCode(400)
                .body("errors.field", contains("limit"));
    }

    @Test
    void aPageOverItsLimitIsExplainedInSwedishForASwedishReader() {
        given().filter(Contract.RESPONSES_VALIDATED).header("Accept-Language", "sv")
                .queryParam("limit", 501)
                .when().get("/api/v1/organisations")
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors.field", contains("limit"))
                .body("errors[0].message", equalTo("måste vara mellan 1 och 500"));
    }
}
