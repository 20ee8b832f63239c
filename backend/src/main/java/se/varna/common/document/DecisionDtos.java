package se.varna.common.document;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The decision record's API model, the same for every kind that is approved or adopted. The
 * input's limits and required fields are its constraints: a document's input takes it as
 * {@code @Valid DecisionInput decision}, so that a violation names {@code decision.body}.
 */
public final class DecisionDtos {

    private DecisionDtos() {
    }

    @Schema(name = "DecisionInput", description = "The decision a document is approved or adopted by.",
            requiredProperties = { "body", "date" })
    public record DecisionInput(
            @Schema(description = "The body that decided, e.g. `Kommunstyrelsen`.", examples = "Kommunstyrelsen")
            @NotBlank(message = "{varna.decision.body}")
            @Size(max = Decision.BODY_MAX) String body,
            @Schema(description = "The date of the decision.") @NotNull(message = "{varna.decision.date}") LocalDate date,
            @Schema(description = "The paragraph of the minutes, e.g. `§ 123`.", nullable = true,
                    examples = "§ 123") @Size(max = Decision.PARAGRAPH_MAX) String paragraph,
            @Schema(description = "The diary number the case is filed under, e.g. `KS 2025/00123`.",
                    nullable = true, examples = "KS 2025/00123")
            @Size(max = Decision.DIARY_NUMBER_MAX) String diaryNumber) {
    }

    @Schema(name = "Decision", description = "The decision a document was approved or adopted by.",
            requiredProperties = { "body", "date", "paragraph", "diaryNumber" })
    public record DecisionView(
            @Schema(description = "The body that decided, e.g. `Kommunstyrelsen`.", maxLength = Decision.BODY_MAX)
            String body,
            @Schema(description = "The date of the decision.") LocalDate date,
            @Schema(description = "The paragraph of the minutes, e.g. `§ 123`.", nullable = true,
                    maxLength = Decision.PARAGRAPH_MAX) String paragraph,
            @Schema(description = "The diary number the case is filed under.", nullable = true,
                    maxLength = Decision.DIARY_NUMBER_MAX) String diaryNumber) {
    }
}
