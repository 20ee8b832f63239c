package se.varna.common.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import se.varna.common.FieldError;
import se.varna.common.document.DecisionDtos.DecisionInput;
import se.varna.common.document.DecisionDtos.DecisionView;
import se.varna.support.Contract;

/**
 * The decision record's rules, the same for every kind that is adopted: the body and the date
 * are required, the texts keep to the contract's {@code DecisionInput} lengths (counted as
 * sent, in characters), and each error names its field under the kind's property. The rules
 * are {@code DecisionInput}'s constraints, checked here as bean validation checks a document's
 * input before its service runs (so that a decision with any error is not made at all), in
 * the reader's language.
 */
class DecisionTest {

    static final LocalDate DATE = LocalDate.of(2026, 3, 17);

    /** The input of a document that is adopted by a decision, as its resource validates it. */
    record Adoption(@Valid DecisionInput decision) {
    }

    static final Validator ENGLISH = validator(Locale.ENGLISH);
    static final Validator SWEDISH = validator(Locale.of("sv"));

    static Validator validator(Locale locale) {
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
                .buildValidatorFactory().getValidator();
    }

    /** The errors of a document's input with this decision, by field (as the 400 answer lists them). */
    static List<FieldError> errors(Validator validator, DecisionInput input) {
        Set<ConstraintViolation<Adoption>> violations = validator.validate(new Adoption(input));
        return violations.stream().map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }

    static String ö(int length) {
        return "ö".repeat(length);
    }

    @Test
    void aDecisionAtItsLimitsIsTakenTrimmedAndShownAsTheApiShowsIt() {
        DecisionInput input = new DecisionInput(" " + ö(198) + " ", DATE, ö(32), ö(64));
        assertThat(errors(ENGLISH, input)).isEmpty();

        Decision d = Decision.from(input);
        assertThat(d.body).isEqualTo(ö(198));
        assertThat(Decision.view(d)).isEqualTo(new DecisionView(ö(198), DATE, ö(32), ö(64)));
        assertThat(Decision.snapshot(d)).containsEntry("date", "2026-03-17").containsEntry("paragraph", ö(32))
                .containsOnlyKeys("body", "date", "paragraph", "diaryNumber");
    }

    @Test
    void theBodyAndTheDateSufficeAndBlankOptionalFieldsAreNone() {
        DecisionInput input = new DecisionInput("Kommunstyrelsen", DATE, " ", null);
        assertThat(errors(ENGLISH, input)).isEmpty();

        assertThat(Decision.view(Decision.from(input))).isEqualTo(new DecisionView("Kommunstyrelsen", DATE, null, null));
    }

    @Test
    void oneCharacterOverALimitOrAMissingRequiredFieldIsAnErrorNamingTheField() {
        assertThat(errors(ENGLISH, new DecisionInput(ö(201), DATE, ö(33), ö(65))))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("decision.body", "must be at most 200 characters"),
                        tuple("decision.diaryNumber", "must be at most 64 characters"),
                        tuple("decision.paragraph", "must be at most 32 characters"));

        assertThat(errors(ENGLISH, new DecisionInput("  ", null, "§ 12", null)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("decision.body", "is required: the body that decided, e.g. Kommunstyrelsen"),
                        tuple("decision.date", "is required: the date of the decision, YYYY-MM-DD"));
    }

    @Test
    void aSwedishReaderIsToldInSwedish() {
        assertThat(errors(SWEDISH, new DecisionInput(ö(201), null, null, null)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("decision.body", "får vara högst 200 tecken"),
                        tuple("decision.date", "krävs: beslutets datum, ÅÅÅÅ-MM-DD"));
        assertThat(errors(SWEDISH, new DecisionInput(" ", DATE, null, null)))
                .extracting(FieldError::message)
                .containsExactly("krävs: det organ som fattade beslutet, t.ex. Kommunstyrelsen");
    }

    @Test
    void noInputIsNoDecisionAndNoStoredDecisionIsShownAsNone() {
        assertThat(errors(ENGLISH, null)).isEmpty();
        assertThat(Decision.from(null)).isNull();
        // an entity whose decision columns are all null reads them as no decision (or an empty one)
        assertThat(Decision.view(null)).isNull();
        assertThat(Decision.view(new Decision())).isNull();
        assertThat(Decision.snapshot(new Decision())).isNull();
    }

    @Test
    void theLimitsAreTheOnesTheContractDeclares() throws IOException {
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile())
                .at("/components/schemas");
        JsonNode input = schemas.at("/DecisionInput");
        assertThat(input.at("/properties/body/maxLength").asInt()).isEqualTo(Decision.BODY_MAX);
        assertThat(input.at("/properties/paragraph/maxLength").asInt()).isEqualTo(Decision.PARAGRAPH_MAX);
        assertThat(input.at("/properties/diaryNumber/maxLength").asInt()).isEqualTo(Decision.DIARY_NUMBER_MAX);
        assertThat(input.at("/required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("body", "date");
        JsonNode view = schemas.at("/Decision");
        assertThat(view.at("/properties/body/maxLength").asInt()).isEqualTo(Decision.BODY_MAX);
        assertThat(view.at("/properties/paragraph/maxLength").asInt()).isEqualTo(Decision.PARAGRAPH_MAX);
        assertThat(view.at("/properties/diaryNumber/maxLength").asInt()).isEqualTo(Decision.DIARY_NUMBER_MAX);
    }
}
