package se.varna.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import se.varna.support.EmbeddedPostgresResource;

/**
 * A property of the import, over many random files with some bad rows (seeded, so a failure
 * can be replayed): all-or-nothing stores nothing, skip-invalid stores exactly the good rows,
 * and importing the same file again stores nothing more. jqwik's lifecycle does not run
 * inside {@code @QuarkusTest}, so the test loops over seeded files itself.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class IndicatorValueImportPropertyTest {

    static final long SEED = 20261125L;
    static final int FILES = 30;
    static final String[] AREAS = { "1980", "1980-centrum", "1980-backby", "1980-raby", "1980-skultuna" };
    static final String[] SEXES = { "total", "female", "male" };
    static final String[] AGES = { "total", "18-24", "25-44", "45-64", "65plus" };
    static final String[] BAD = {
            "NO_SUCH_INDICATOR,2024,1980,total,total,50", // unknown indicator
            "TILLIT,2024H3,1980,total,total,50", // bad period
            "TILLIT,2024-05,1980,total,total,50", // period of another frequency
            "TILLIT,2024,1980-atlantis,total,total,50", // unknown area
            "TILLIT,2024,1980,kvinna,total,50", // sex
            "TILLIT,2024,1980,total,0-14,50", // age band TILLIT does not declare
            "TILLIT,2024,1980,total,total,femtio", // not a number
            "TILLIT,2024,1980,total,total,101", // percentage above 100
            "TILLIT,2024,1980,total", // too few fields
    };

    record File(String csv, Set<String> goodRows, int rows, int bad) {
    }

    static File randomFile(Random random) {
        List<String> lines = new ArrayList<>();
        List<String> goodKeys = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        Set<String> usedKeys = new HashSet<>();
        int good = 1 + random.nextInt(25);
        int bad = random.nextInt(6);
        for (int i = 0; i < good; i++) {
            String key;
            do {
                key = (2019 + random.nextInt(7)) + "," + AREAS[random.nextInt(AREAS.length)] + ","
                        + SEXES[random.nextInt(SEXES.length)] + "," + AGES[random.nextInt(AGES.length)];
            } while (!usedKeys.add(key));
            BigDecimal value = BigDecimal.valueOf(300 + random.nextInt(500), 1);
            lines.add("TILLIT," + key + "," + value.toPlainString());
            goodKeys.add(key);
            String[] k = key.split(",");
            expected.add("TILLIT|" + k[0] + "|" + k[1] + "|" + k[2] + "|" + k[3] + "="
                    + value.stripTrailingZeros().toPlainString());
        }
        List<String> badLines = new ArrayList<>();
        for (int i = 0; i < bad; i++) {
            if (random.nextInt(BAD.length + 1) == 0) {
                // a row repeating a good row's key: invalid however its value differs
                badLines.add("TILLIT," + goodKeys.get(random.nextInt(goodKeys.size())) + ",99.9");
            } else {
                badLines.add(BAD[random.nextInt(BAD.length)]);
            }
        }
        // bad rows anywhere after the good rows they might repeat; good rows shuffled among themselves
        Collections.shuffle(lines, random);
        for (String line : badLines) {
            lines.add(lines.size() == 0 ? 0 : random.nextInt(lines.size() + 1), line);
        }
        // a duplicate placed before its original would make the original the repeat: move duplicates to the end
        List<String> ordered = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (String line : lines) {
            if (line.endsWith(",99.9")) {
                duplicates.add(line);
            } else {
                ordered.add(line);
            }
        }
        ordered.addAll(duplicates);
        return new File("indicator,period,area,sex,ageGroup,value\n" + String.join("\n", ordered) + "\n", expected,
                ordered.size(), bad);
    }

    @Test
    void allOrNothingStoresNothingAndSkipInvalidStoresExactlyTheGoodRows() {
        Random random = new Random(SEED);
        for (int n = 0; n < FILES; n++) {
            File file = randomFile(random);
            String label = "file " + n + " (seed " + SEED + "):\n" + file.csv();
            IndicatorValueFixtures.clear();

            var allOrNothing = IndicatorValueImportTest.importCsv(IndicatorValueResourceTest.COORDINATOR, file.csv(),
                    "all-or-nothing", false);
            if (file.bad() > 0) {
                allOrNothing.statusCode(422);
                assertThat(IndicatorValueFixtures.stored()).as("all-or-nothing with bad rows, " + label).isEmpty();
            } else {
                allOrNothing.statusCode(200);
                assertThat(IndicatorValueFixtures.stored()).as(label).containsExactlyElementsOf(file.goodRows());
                IndicatorValueFixtures.clear();
            }

            var report = IndicatorValueImportTest.importCsv(IndicatorValueResourceTest.COORDINATOR, file.csv(),
                    "skip-invalid", false).statusCode(200).extract().jsonPath();
            assertThat(IndicatorValueFixtures.stored()).as("skip-invalid, " + label)
                    .containsExactlyElementsOf(file.goodRows());
            assertThat(report.getInt("rowsRead")).as(label).isEqualTo(file.rows());
            assertThat(report.getInt("rowsRejected")).as(label).isEqualTo(file.bad());
            assertThat(report.getInt("rowsStored")).as(label).isEqualTo(file.goodRows().size());

            IndicatorValueImportTest.importCsv(IndicatorValueResourceTest.COORDINATOR, file.csv(), "skip-invalid", false)
                    .statusCode(200)
                    .body("rowsStored", org.hamcrest.Matchers.equalTo(0))
                    .body("rowsUnchanged", org.hamcrest.Matchers.equalTo(file.goodRows().size()));
        }
    }
}
