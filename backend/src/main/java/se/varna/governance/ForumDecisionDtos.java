package se.varna.governance;

import static se.varna.common.Limits.TEXT_MAX;
import static se.varna.common.Limits.TEXT_ANSWER;
import static se.varna.common.Limits.USERNAME_ANSWER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.common.Limits;
import se.varna.common.LocalizedText;
import se.varna.common.Parameters;
import se.varna.organisation.GovernanceLevel;
import se.varna.organisation.Organisation;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;

/**
 * The forum decision API model. The request record's limits are its constraints (checked before
 * the service runs, and written into the contract from the same annotations).
 */
public final class ForumDecisionDtos {

    /** The longest reference (paragraph or diary number). */
    public static final int REFERENCE_MAX = 64;

    private ForumDecisionDtos() {
    }

    @Schema(name = "ForumDecision", description = "A decision a forum took, which measures and agreements may cite.",
            requiredProperties = { "id", "date", "forum", "text", "createdAt" })
    public record ForumDecisionView(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = Parameters.DATE_LENGTH) LocalDate date,
            @Schema(description = "The forum that took it.") ForumRef forum,
            @Schema(description = "What was decided; `en` is null when only the Swedish text is recorded.")
            DecisionText text,
            @Schema(nullable = true, maxLength = REFERENCE_MAX,
                    description = "The paragraph or diary number it is filed under.") String reference,
            OffsetDateTime createdAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER, description = "Who recorded it.")
            String createdBy) {
    }

    @Schema(name = "ForumRef", description = "A forum, with the level of the policy's organisation it works on.",
            requiredProperties = { "id", "code", "name" })
    public record ForumRef(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = 200) String code,
            @Schema(ref = "LocalizedName") LocalizedText name,
            @Schema(nullable = true) GovernanceLevel governanceLevel) {

        static ForumRef of(Organisation o) {
            OrganisationSummary s = OrganisationSummary.of(o);
            return new ForumRef(s.id(), s.code(), s.name(), o.governanceLevel);
        }
    }

    @Schema(name = "DecisionText", description = "A decision's text: Swedish, and English when recorded.",
            requiredProperties = { "sv" })
    public record DecisionText(@Schema(maxLength = TEXT_ANSWER) String sv,
            @Schema(nullable = true, maxLength = TEXT_ANSWER) String en) {
    }

    @Schema(name = "ForumDecisionPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record ForumDecisionPage(
            List<ForumDecisionView> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "ForumDecisionInput", description = "A decision a forum took, as the coordinator records it.",
            requiredProperties = { "date", "forum", "textSv" })
    public record ForumDecisionInput(
            @Schema(description = "The day the forum decided; not in the future.") @NotNull LocalDate date,
            @Schema(description = "Code of the forum (an organisation of type `forum`), e.g. `samordningsarenan`.")
            @NotBlank @Size(max = Limits.CODE) String forum,
            @Schema(description = "What was decided, in Swedish.") @NotBlank @Size(max = TEXT_MAX) String textSv,
            @Schema(nullable = true, description = "The same in English.") @Size(max = TEXT_MAX) String textEn,
            @Schema(nullable = true, description = "The paragraph or diary number it is filed under.")
            @Size(max = REFERENCE_MAX) String reference) {
    }
}
