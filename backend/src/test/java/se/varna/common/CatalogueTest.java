package se.varna.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

import se.varna.common.document.DocumentKind;
import se.varna.indicator.IndicatorFrequency;
import se.varna.indicator.IndicatorUnit;

/**
 * The problem catalogue: both languages have the same texts, each text is a valid
 * MessageFormat, and every key the code names exists.
 */
class CatalogueTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern NOT_FOUND_THING = Pattern.compile("new NotFoundProblem\\(\\s*\"([^\"]+)\"\\s*,");

    @Test
    void swedishHasATextForEveryEnglishOneAndNoOther() throws IOException {
        assertThat(catalogue("problems_sv").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(catalogue("problems").stringPropertyNames());
    }

    @Test
    void everyTextIsAValidMessageFormat() throws IOException {
        for (String file : List.of("problems", "problems_sv")) {
            Properties texts = catalogue(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(file + " " + key + " is empty").isNotBlank();
                // As Messages reads it: an apostrophe is an apostrophe.
                new MessageFormat(text.replace("'", "''"));
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
        Set<String> named = new TreeSet<>();
        Set<String> things = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(LITERAL_KEY.matcher(source), named, "");
                collect(NOT_FOUND_THING.matcher(source), things, "notFound.");
            }
        }
        named.addAll(things);
        for (DocumentKind kind : DocumentKind.values()) {
            named.addAll(List.of("document." + kind.name(), "document." + kind.name() + ".indefinite",
                    "document." + kind.name() + ".definite"));
        }
        for (IndicatorFrequency frequency : IndicatorFrequency.values()) {
            named.addAll(List.of("frequency." + frequency.name(), "period.example." + frequency.name()));
        }
        // the references a measure names (MeasureService.resolve)
        for (String thing : List.of("organisation.code", "goal.id", "indicator.code", "area.code", "risk.factor.code",
                "protective.factor.code")) {
            named.add("thing." + thing);
        }
        for (IndicatorUnit unit : IndicatorUnit.values()) {
            named.add("unit." + unit.name());
        }
        assertThat(named).as("texts the code names").hasSizeGreaterThan(100);
        assertThat(catalogue("problems").stringPropertyNames()).containsAll(named);
    }

    @Test
    void englishStatusTitlesAreTheHttpReasonPhrases() throws IOException {
        Properties english = catalogue("problems");
        List<String> checked = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            Matcher status = Pattern.compile("problem\\.status\\.(\\d{3})\\.title").matcher(key);
            if (status.matches()) {
                int code = Integer.parseInt(status.group(1));
                assertThat(english.getProperty(key)).as(key)
                        .isEqualTo(Response.Status.fromStatusCode(code).getReasonPhrase());
                checked.add(key);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aTextIsWrittenInTheLanguageAskedFor() {
        assertThat(Messages.text(Messages.ENGLISH, "import.row.crime.repeated", 12))
                .isEqualTo("repeats row 12 (the same month, area, category, sex and age group)");
        assertThat(Messages.text(Messages.SWEDISH, "import.row.crime.repeated", 12))
                .isEqualTo("upprepar rad 12 (samma månad, område, kategori, kön och åldersgrupp)");
        // numbers as they are, apostrophes as they are, plurals by choice
        assertThat(Messages.text(Messages.ENGLISH, "import.rejected.unlisted", 10000, 25000))
                .isEqualTo("The first 10000 errors are listed; 25000 more are not.");
        assertThat(Messages.text(Messages.SWEDISH, "field.wholeNumber", "x"))
                .isEqualTo("måste vara ett heltal, inte 'x'");
        assertThat(Messages.text(Messages.ENGLISH, "import.row.shape", 1, 1, 6))
                .isEqualTo("has 1 field but the header has 6 columns");
        assertThat(Messages.text(Messages.ENGLISH, "import.row.shape", 7, 7, 6))
                .isEqualTo("has 7 fields but the header has 6 columns");
    }

    @Test
    void swedishIsAskedForWithSvAndEnglishIsEverythingElse() {
        for (String swedish : List.of("sv", "sv-SE", "SV-se", "sv-FI", "sv-SE,sv;q=0.9,en;q=0.8", "de, sv;q=0.5")) {
            assertThat(Messages.resolve(swedish)).as(swedish).isEqualTo(Messages.SWEDISH);
        }
        for (String english : new String[] { null, "", "en", "en-GB", "de", "*", "fi, en;q=0.1", "en, sv;q=0.5",
                "nonsense;;q=x", "sv;q=2" }) {
            assertThat(Messages.resolve(english)).as(String.valueOf(english)).isEqualTo(Messages.ENGLISH);
        }
    }

    @Test
    void aJobRunsInTheLanguageItWasStartedIn() {
        assertThat(Messages.language()).isEqualTo(Locale.ENGLISH);
        String inSwedish = Messages.in(Messages.SWEDISH, () -> Messages.text("import.row.empty"));
        assertThat(inSwedish).isEqualTo("är tom");
        assertThat(Messages.text("import.row.empty")).isEqualTo("is empty");
    }

    private static void collect(Matcher matcher, Set<String> into, String prefix) {
        while (matcher.find()) {
            into.add(prefix + matcher.group(1));
        }
    }

    private static Properties catalogue(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = CatalogueTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
