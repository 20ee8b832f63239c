package se.varna.situation;

import static se.varna.common.Limits.NAME_ANSWER;
import static se.varna.common.Limits.TEXT_MAX;
import static se.varna.common.Limits.TITLE_MAX;
import static se.varna.common.Limits.USERNAME_ANSWER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.varna.area.AreaDtos.AreaSummary;
import se.varna.common.Limits;
import se.varna.common.document.AdoptionStatus;
import se.varna.common.document.DecisionDtos.DecisionInput;
import se.varna.common.document.DecisionDtos.DecisionView;
import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;
import se.varna.goal.GoalDtos.GoalSummary;
import se.varna.indicator.IndicatorDtos.IndicatorSummary;
import se.varna.indicator.IndicatorValueDtos.Series;
import se.varna.safetyanalysis.SafetyAnalysisDtos.AssessedFactorView;

/** The lägesbild's API model. Request limits are the records' constraints. */
public final class SituationDtos {

    /** The longest analysis: a chapter of a political document. */
    public static final int ANALYSIS_MAX = 20_000;
    /** A month, {@code YYYY-MM}. */
    public static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private SituationDtos() {
    }

    // ---- input ---------------------------------------------------------------------------

    @Schema(name = "SituationPictureCreateInput", description = "A new lägesbild: its title and the months it maps.",
            requiredProperties = { "title", "from", "to" })
    public record SituationPictureCreateInput(
            @Schema(examples = "Lägesbild 2024–2025") @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(description = "First month mapped, `YYYY-MM`.", examples = "2024-01")
            @NotBlank @Size(max = 7) @Pattern(regexp = MONTH, message = "{varna.month}") String from,
            @Schema(description = "Last month mapped, `YYYY-MM`.", examples = "2025-12")
            @NotBlank @Size(max = 7) @Pattern(regexp = MONTH, message = "{varna.month}") String to) {
    }

    @Schema(name = "SituationPictureInput", description = "A draft lägesbild's texts, sections and problems; "
            + "the period and the mapping stay as they are.", requiredProperties = { "title", "analysis", "sections",
                    "problems" })
    public record SituationPictureInput(
            @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(description = "The coordinator's analysis of the mapping and the other information.")
            @NotNull @Size(max = ANALYSIS_MAX) String analysis,
            @NotNull @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@NotNull @Valid SectionInput> sections,
            @NotNull @Size(max = Limits.ITEMS, message = "{varna.items.max}")
            List<@NotNull @Valid ProblemInput> problems) {
    }

    @Schema(name = "SituationSectionInput", description = "Other information: the police's own lägesbild, a school "
            + "survey, dialogues.", requiredProperties = { "title", "text", "visibility" })
    public record SectionInput(
            @NotBlank @Size(max = TITLE_MAX) String title,
            @NotBlank @Size(max = ANALYSIS_MAX) String text,
            @Schema(nullable = true, description = "Where it comes from, e.g. `Polisens lokala lägesbild 2025`.")
            @Size(max = TITLE_MAX) String source,
            @Schema(enumeration = { "internal", "public" }, description = "`internal`: signed-in roles only.")
            @NotNull @Pattern(regexp = Visibility.PATTERN, message = "{varna.visibility}") String visibility) {
    }

    @Schema(name = "SituationProblemInput", description = "A problem the analysis names.",
            requiredProperties = { "title", "priority", "visibility", "evidence" })
    public record ProblemInput(
            @Schema(examples = "Öppen narkotikahandel vid Kristiansborgs centrum")
            @NotBlank @Size(max = TITLE_MAX) String title,
            @Schema(nullable = true) @Size(max = TEXT_MAX) String description,
            @NotNull(message = "{varna.required.priority}") ProblemPriority priority,
            @Schema(enumeration = { "internal", "public" }, description = "`internal`: signed-in roles only.")
            @NotNull @Pattern(regexp = Visibility.PATTERN, message = "{varna.visibility}") String visibility,
            @NotNull @Valid EvidenceInput evidence,
            @Schema(description = "The sexes mostly affected: `female`, `male`; none for both.")
            @Size(max = 2) List<@NotNull @Size(max = 6) @Pattern(regexp = "female|male", message = "{varna.sex}") String> sexes,
            @Schema(description = "Age groups mostly affected, e.g. `15-17`.")
            @Size(max = 50) List<@NotNull @Size(max = Limits.CODE) String> ageGroups) {
    }

    @Schema(name = "ProblemEvidenceInput", description = "What the problem rests on; each code and id must name "
            + "something Värna knows.")
    public record EvidenceInput(
            @Schema(description = "Codes of crime categories or groups, e.g. `NARKOTIKA`.")
            @Size(max = 200) List<@NotNull @Size(max = Limits.CODE) String> crimeCategories,
            @Schema(description = "Codes of districts (area codes).")
            @Size(max = 200) List<@NotNull @Size(max = Limits.CODE) String> districts,
            @Schema(description = "Ids of indicators.")
            @Size(max = 200) List<@NotNull @Min(0) Long> indicators,
            @Schema(description = "Codes of risk or protective factors from the safety analyses.")
            @Size(max = 200) List<@NotNull @Size(max = Limits.CODE) String> factors) {
    }

    @Schema(name = "AdoptionInput", description = "The decision that adopts the document.",
            requiredProperties = { "decision" })
    public record AdoptionInput(@NotNull(message = "{varna.decision.required}") @Valid DecisionInput decision) {
    }

    // ---- views ---------------------------------------------------------------------------

    @Schema(name = "SituationSection", requiredProperties = { "title", "text", "source", "visibility" })
    public record SectionView(
            @Schema(maxLength = TITLE_MAX) String title,
            @Schema(maxLength = ANALYSIS_MAX) String text,
            @Schema(nullable = true, maxLength = TITLE_MAX) String source,
            @Schema(enumeration = { "internal", "public" }) String visibility) {
    }

    @Schema(name = "ProblemEvidence", requiredProperties = { "crimeCategories", "districts", "indicators", "factors" })
    public record EvidenceView(
            List<@Size(max = Limits.CODE) String> crimeCategories,
            List<@Size(max = Limits.CODE) String> districts,
            List<Long> indicators,
            List<@Size(max = Limits.CODE) String> factors) {
    }

    @Schema(name = "SituationProblem", requiredProperties = { "id", "title", "description", "priority", "visibility",
            "evidence", "sexes", "ageGroups" })
    public record ProblemView(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TITLE_MAX) String title,
            @Schema(nullable = true, maxLength = TEXT_MAX) String description,
            ProblemPriority priority,
            @Schema(enumeration = { "internal", "public" }) String visibility,
            EvidenceView evidence,
            List<@Size(max = 16) String> sexes,
            List<@Size(max = Limits.CODE) String> ageGroups) {
    }

    @Schema(name = "SituationIndicator", description = "An indicator of a goal with its latest status.",
            requiredProperties = { "indicator", "series" })
    public record IndicatorStatusView(IndicatorSummary indicator,
            @Schema(nullable = true, description = "The municipality's series up to the period's end; null without values.")
            Series series) {
    }

    @Schema(name = "SituationGoal", requiredProperties = { "goal", "indicators" })
    public record GoalIndicators(GoalSummary goal, List<IndicatorStatusView> indicators) {
    }

    @Schema(name = "SituationRiskFactors", description = "A district's newest safety analysis up to the period's "
            + "end: its risk factors assessed high or worsening.", requiredProperties = { "area", "analysisId", "date",
                    "factors" })
    public record DistrictRiskFactors(AreaSummary area, @Schema(minimum = "0") long analysisId, LocalDate date,
            List<AssessedFactorView> factors) {
    }

    @Schema(name = "SituationMapping", description = "The mapping Värna drafted from its own data, each figure "
            + "published for the reader by the disclosure control.", requiredProperties = { "builtAt", "crimeByDistrict",
                    "crimeTrend", "goals", "riskFactors" })
    public record MappingView(
            OffsetDateTime builtAt,
            @Schema(description = "Reported crime by category group and district over the period, with counts and "
                    + "rates per 1 000 inhabitants; the municipality is the reference row.")
            CrimeStatistics crimeByDistrict,
            @Schema(description = "The municipality's reported crime by year and category group, from two years "
                    + "before the period; each cell's `previous` is the year before.")
            CrimeStatistics crimeTrend,
            @Schema(description = "Indicator status per goal.") List<GoalIndicators> goals,
            @Schema(description = "Safety analyses' high or worsening risk factors per district; for signed-in "
                    + "roles only (safety analyses are internal), empty for others.")
            List<DistrictRiskFactors> riskFactors) {
    }

    @Schema(name = "SituationPicture", description = "A lägesbild (situation picture, lag 2023:196 § 4).",
            requiredProperties = { "id", "version", "title", "from", "to", "status", "analysis", "sections",
                    "problems", "mapping", "decision", "adoptedAt", "adoptedBy", "demo", "createdAt", "createdBy",
                    "updatedAt", "updatedBy", "predecessor", "versions" })
    public record SituationPictureView(
            @Schema(minimum = "0") long id,
            @Schema(description = "Version for optimistic locking; the `ETag` carries it.") long version,
            @Schema(maxLength = TITLE_MAX) String title,
            @Schema(maxLength = 7) String from,
            @Schema(maxLength = 7) String to,
            AdoptionStatus status,
            @Schema(maxLength = ANALYSIS_MAX) String analysis,
            @Schema(description = "Readers without a signed-in role see the public ones only.") List<SectionView> sections,
            @Schema(description = "Readers without a signed-in role see the public ones only.") List<ProblemView> problems,
            @Schema(nullable = true, description = "Null only for demo data the service has not drafted a mapping "
                    + "for yet (it does when it starts).") MappingView mapping,
            @Schema(nullable = true) DecisionView decision,
            @Schema(nullable = true) OffsetDateTime adoptedAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER) String adoptedBy,
            boolean demo,
            OffsetDateTime createdAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER) String createdBy,
            OffsetDateTime updatedAt,
            @Schema(nullable = true, maxLength = USERNAME_ANSWER) String updatedBy,
            @Schema(nullable = true, description = "The adopted lägesbild this one is a new version of; null for a "
                    + "first version.") VersionRef predecessor,
            @Schema(description = "Every version of this lägesbild the reader may see, oldest first, this one "
                    + "included: the earlier ones are adopted and stay as they were (read-only), and plans stay "
                    + "based on the version they were based on.") List<VersionRef> versions) {
    }

    @Schema(name = "SituationPictureVersion", description = "One version of a lägesbild.",
            requiredProperties = { "id", "title", "status", "decision", "adoptedAt" })
    public record VersionRef(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TITLE_MAX) String title,
            AdoptionStatus status,
            @Schema(nullable = true) DecisionView decision,
            @Schema(nullable = true) OffsetDateTime adoptedAt) {
    }

    @Schema(name = "SituationPictureSummary", requiredProperties = { "id", "title", "from", "to", "status",
            "problemCount", "decision", "demo", "updatedAt" })
    public record SituationPictureSummary(
            @Schema(minimum = "0") long id,
            @Schema(maxLength = TITLE_MAX) String title,
            @Schema(maxLength = 7) String from,
            @Schema(maxLength = 7) String to,
            AdoptionStatus status,
            @Schema(minimum = "0", description = "Problems the reader may see.") int problemCount,
            @Schema(nullable = true) DecisionView decision,
            boolean demo,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "SituationPicturePage", requiredProperties = { "items", "total", "limit", "offset" })
    public record SituationPicturePage(
            List<SituationPictureSummary> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }

    @Schema(name = "SituationPictureHistoryEntry", requiredProperties = { "id", "changedAt", "changedBy",
            "changedByName", "action", "version", "changedFields", "before", "after" })
    public record HistoryEntryView(
            @Schema(minimum = "0") long id,
            OffsetDateTime changedAt,
            @Schema(maxLength = USERNAME_ANSWER) String changedBy,
            @Schema(nullable = true, maxLength = NAME_ANSWER) String changedByName,
            @Schema(enumeration = { "created", "updated", "mappingRefreshed", "adopted" }, type = SchemaType.STRING)
            String action,
            long version,
            List<@Size(max = 200) String> changedFields,
            @Schema(type = SchemaType.OBJECT, nullable = true) Map<String, Object> before,
            @Schema(type = SchemaType.OBJECT, nullable = true) Map<String, Object> after) {
    }

    @Schema(name = "SituationPictureHistoryPage", requiredProperties = { "items", "total", "limit", "offset" })
    public record HistoryPage(
            List<HistoryEntryView> items,
            @Schema(minimum = "0") long total,
            @Schema(minimum = "0") int limit,
            @Schema(minimum = "0") int offset) {
    }
}
