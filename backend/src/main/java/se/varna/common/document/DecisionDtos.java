package se.varna.common.document;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision record's API model, the same for every kind that is approved or adopted. */
public final class DecisionDtos {

    private DecisionDtos() {
    }

    @Schema(name = "DecisionInput", description = "The decision a document is approved or adopted by.",
            requiredProperties = { "body", "date" })
    public record DecisionInput(
            @Schema(description = "The body that decided, e.g. `Kommunstyrelsen`.", examples = "Kommunstyrelsen")
            String body,
            @Schema(description = "The date of the decision.") LocalDate date,
            @Schema(description = "The paragraph of the minutes, e.g. `§ 123`.", nullable = true,
                    examples = "§ 123") String paragraph,
            @Schema(description = "The diary number the case is filed under, e.g. `KS 2025/00123`.",
                    nullable = true, examples = "KS 2025/00123") String diaryNumber) {
    }

    @Schema(name = "Decision", description = "The decision a document was approved or adopted by.",
            requiredProperties = { "body", "date", "paragraph", "diaryNumber" })
    public record DecisionView(
            @Schema(description = "The body that decided, e.g. `Kommunstyrelsen`.") String body,
            @Schema(description = "The date of the decision.") LocalDate date,
            @Schema(description = "The paragraph of the minutes, e.g. `§ 123`.", nullable = true) String paragraph,
            @Schema(description = "The diary number the case is filed under.", nullable = true) String diaryNumber) {
    }
}
