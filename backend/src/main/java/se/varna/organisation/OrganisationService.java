package se.varna.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.panache.common.Sort;

import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.References;
import se.varna.common.caching.DataVersion;
import se.varna.organisation.OrganisationDtos.GovernanceLevelInput;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;
import se.varna.organisation.OrganisationDtos.OrganisationPage;
import se.varna.organisation.OrganisationDtos.OrganisationView;

/**
 * The owner of organisations: the list, and the one rule by which a code a request gives
 * finds an organisation (see {@link #findByCode}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    public OrganisationPage listOrganisations(PageRequest page) {
        var items = page.window(Organisation.<Organisation>findAll(Sort.by("nameSv").and("code")))
                .stream().map(OrganisationView::of).toList();
        return new OrganisationPage(items, Organisation.count(), page.limit(), page.offset());
    }

    /**
     * Sets the governance level of the organisation {@code code} (any type; with
     * {@code forumsOnly}, a forum only): 404 for a code that names none, 400 without a body, 422
     * naming {@code level} for a level the policy does not have, and nothing stored then. The
     * level is reference data, kept by the coordinator: no version and no history, as the other
     * reference data has none (docs/reference-data.md).
     */
    @Transactional
    public OrganisationView changeGovernanceLevel(String code, GovernanceLevelInput input, boolean forumsOnly) {
        Organisation organisation = findByCode(code)
                .filter(o -> !forumsOnly || o.type == OrganisationType.forum)
                .orElseThrow(() -> new NotFoundProblem(forumsOnly ? "forum" : "organisation", code));
        if (input == null) {
            throw new InvalidParameterException("body", "is required: {\"level\": \"strategisk\"} or {\"level\": null}");
        }
        organisation.governanceLevel = level(input.level());
        return OrganisationView.of(organisation);
    }

    /** The level a request names (null for none), or a 422 naming {@code level}. */
    static GovernanceLevel level(String raw) {
        if (raw == null) {
            return null;
        }
        String key = raw.strip();
        for (GovernanceLevel l : GovernanceLevel.values()) {
            if (l.name().equals(key)) {
                return l;
            }
        }
        throw new GovernanceLevelProblem(raw.length() > 64 ? raw.substring(0, 64) + "…" : raw);
    }

    @Inject
    DataVersion dataVersion;

    /** The caller's organisation as last looked up, and the data version it was looked up at. */
    private record Looked(long version, Optional<OrganisationSummary> summary) {
    }

    private final Cache<String, Looked> lookedUp = Caffeine.newBuilder().maximumSize(1_000).build();

    /**
     * The organisation a signed-in caller's token names, for {@code GET /api/v1/me}, which the web
     * app asks on every page load: remembered until the data version moves on (any committed
     * write), read from the database only then. The version is read before the organisation, so a
     * remembered summary is never older than its version. Not for a transaction that writes
     * organisations, whose own change the version does not show before it commits.
     */
    public Optional<OrganisationSummary> findOrganisationByCode(String code) {
        long version = dataVersion.current();
        Looked looked = lookedUp.getIfPresent(code);
        if (looked != null && looked.version() == version) {
            return looked.summary();
        }
        Optional<OrganisationSummary> summary = findByCode(code).map(OrganisationSummary::of);
        lookedUp.put(code, new Looked(version, summary));
        return summary;
    }

    // ---- lookup by code: the one rule -------------------------------------------------------

    /**
     * The organisation a code names, by the one rule every operation uses: surrounding
     * spaces are ignored and letter case matters ({@code polisen}, not {@code Polisen}).
     * Exact because every operation always compared organisation codes exactly, and because
     * the code is also what a token's {@code organisation} claim carries, which
     * {@code CurrentCaller.actsFor} compares as it is.
     */
    public Optional<Organisation> findByCode(String code) {
        return code == null ? Optional.empty()
                : Organisation.<Organisation>find("code", key(code)).firstResultOptional();
    }

    /** The organisation {@code code} names, or a 400 whose error names {@code field}. */
    public Organisation requireByCode(String code, String field) {
        return findByCode(code).orElseThrow(() -> new InvalidParameterException(field, unknownCode(code)));
    }

    /** The organisation {@code code} names, or null after adding an error naming {@code field} to {@code errors}. */
    public Organisation requireByCode(String code, String field, List<FieldError> errors) {
        Optional<Organisation> organisation = findByCode(code);
        if (organisation.isEmpty()) {
            errors.add(new FieldError(field, unknownCode(code)));
        }
        return organisation.orElse(null);
    }

    /** The organisations {@code codes} name, by one query; an error at {@code field[i]} for each code that names none. */
    public Set<Organisation> requireByCodes(List<String> codes, String field, List<FieldError> errors) {
        return References.resolve(errors, field, codes, OrganisationService::key,
                keys -> Organisation.<Organisation>list("code in ?1", keys), o -> o.code, "thing.organisation.code");
    }

    public static String unknownCode(String code) {
        return References.unknown("thing.organisation.code", code);
    }

    private static String key(String code) {
        return code.strip();
    }
}
