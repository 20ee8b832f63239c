package se.varna.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * sent, in characters), each error names its field under the kind's property, and a decision
 * with any error is not made at all.
 */
class DecisionTest {

    static final LocalDate DATE = LocalDate.of(2026, 3, 17);

    static String ö(int length) {
        return "ö".repeat(length);
    }

    @Test
    void aDecisionAtItsLimitsIsTakenTrimmedAndShownAsTheApiShowsIt() {
        List<FieldError> errors = new ArrayList<>();
        Decision d = Decision.from(new DecisionInput(" " + ö(198) + " ", DATE, ö(32), ö(64)), "decision", errors);

        assertThat(errors).isEmpty();
        assertThat(d.body).isEqualTo(ö(198));
        assertThat(Decision.view(d)).isEqualTo(new DecisionView(ö(198), DATE, ö(32), ö(64)));
        assertThat(Decision.snapshot(d)).containsEntry("date", "2026-03-17").containsEntry("paragraph", ö(32))
                .containsOnlyKeys("body", "date", "paragraph", "diaryNumber");
    }

    @Test
    void theBodyAndTheDateSufficeAndBlankOptionalFieldsAreNone() {
        List<FieldError> errors = new ArrayList<>();
        Decision d = Decision.from(new DecisionInput("Kommunstyrelsen", DATE, " ", null), "adoption", errors);

        assertThat(errors).isEmpty();
        assertThat(Decision.view(d)).isEqualTo(new DecisionView("Kommunstyrelsen", DATE, null, null));
    }

    @Test
    void oneCharacterOverALimitOrAMissingRequiredFieldIsAnErrorNamingTheFieldAndNoDecision() {
        List<FieldError> errors = new ArrayList<>();
        Decision d = Decision.from(new DecisionInput(ö(201), DATE, ö(33), ö(65)), "decision", errors);

        assertThat(d).isNull();
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("decision.body", "decision.paragraph", "decision.diaryNumber");
        assertThat(errors).extracting(FieldError::message).containsExactly("must be at most 200 characters",
                "must be at most 32 characters", "must be at most 64 characters");

        errors.clear();
        assertThat(Decision.from(new DecisionInput("  ", null, "§ 12", null), "decision", errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("decision.body", "decision.date");
    }

    @Test
    void noInputIsNoDecisionAndNoStoredDecisionIsShownAsNone() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(Decision.from(null, "decision", errors)).isNull();
        assertThat(errors).isEmpty();
        // an entity whose decision columns are all null reads them as no decision (or an empty one)
        assertThat(Decision.view(null)).isNull();
        assertThat(Decision.view(new Decision())).isNull();
        assertThat(Decision.snapshot(new Decision())).isNull();
    }

    @Test
    void theLimitsAreTheOnesTheContractDeclares() throws IOException {
        JsonNode input = new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_YAML.toFile())
                .at("/components/schemas/DecisionInput");
        assertThat(input.at("/properties/body/maxLength").asInt()).isEqualTo(Decision.BODY_MAX);
        assertThat(input.at("/properties/paragraph/maxLength").asInt()).isEqualTo(Decision.PARAGRAPH_MAX);
        assertThat(input.at("/properties/diaryNumber/maxLength").asInt()).isEqualTo(Decision.DIARY_NUMBER_MAX);
        assertThat(input.at("/required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("body", "date");
    }
}
