package se.varna.crimestatistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

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
class CrimeCategoryResourceTest {

    @Test
    void anyoneReadsTheTopCategoriesInThePolicesOrderWithTheirSubcategories() {
        JsonPath tree = given().filter(Contract.VALIDATED)
                .when().get("/api/v1/crime-categories")
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(tree.getList("items.code")).containsExactly("brott-mot-person", "stold-tillgrepp", "skadegorelse",
                "narkotikabrott", "bedrageri", "ovriga-brott");
        assertThat(tree.getList("items[0].children.code")).containsExactly("mord-drap", "misshandel",
                "olaga-hot-ofredande", "olaga-hot", "ofredande", "sexualbrott", "ran");
        assertThat(tree.getList("items[1].children.code")).contains("bostadsinbrott", "butiksstold", "cykelstold",
                "ovrig-stold");
        assertThat(tree.getList("items[2].children.code")).contains("klotter", "anlagd-brand");
        assertThat(tree.getList("items[3].children.code")).containsExactly("narkotika-innehav",
                "narkotika-overlatelse");
        assertThat(tree.getString("items[0].children[1].parentCode")).isEqualTo("brott-mot-person");
        assertThat(tree.getString("items[0].name.en")).isEqualTo("Crimes against the person");
    }

    @Test
    void aRetiredOffenceCodeSaysWhenItWasInUseAndItsSuccessorsWhenTheyStarted() {
        List<Map<String, Object>> person = given().filter(Contract.VALIDATED)
                .when().get("/api/v1/crime-categories")
                .then().statusCode(200).extract().jsonPath().getList("items[0].children");

        Map<String, Object> old = person.stream().filter(c -> c.get("code").equals("olaga-hot-ofredande")).findFirst()
                .orElseThrow();
        Map<String, Object> threats = person.stream().filter(c -> c.get("code").equals("olaga-hot")).findFirst()
                .orElseThrow();
        assertThat(old.get("validTo")).isEqualTo("2019-12");
        assertThat(threats.get("validFrom")).isEqualTo("2020-01");
        assertThat(threats.get("validTo")).isNull();
    }

    @Test
    void violentCrimeIsAGroupDefinedByItsCategoriesAsKoladaCountsIt() {
        given().filter(Contract.VALIDATED)
                .when().get("/api/v1/crime-categories")
                .then().statusCode(200)
                .body("groups.code", hasItems("valdsbrott", "egendomsbrott"))
                .body("groups.find { it.code == 'valdsbrott' }.sourceReference", org.hamcrest.Matchers.equalTo("N07403"))
                .body("groups.find { it.code == 'valdsbrott' }.members", hasItems("misshandel", "ran", "sexualbrott"));
    }

    @Test
    void everyRoleReadsTheCategories() {
        for (String token : java.util.Arrays.asList(CrimeImports.VIEWER, CrimeImports.EDITOR, CrimeImports.POLICE,
                CrimeImports.COORDINATOR)) {
            given().filter(Contract.VALIDATED).header("Authorization", "Bearer " + token)
                    .when().get("/api/v1/crime-categories")
                    .then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.hasSize(6));
        }
    }
}
