package se.varna.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.Municipality;
import se.varna.common.NotFoundProblem;
import se.varna.common.PageRequest;
import se.varna.common.References;
import se.varna.common.document.VersionedDocuments;
import se.varna.governance.ForumDecisionDtos.DecisionText;
import se.varna.governance.ForumDecisionDtos.ForumDecisionInput;
import se.varna.governance.ForumDecisionDtos.ForumDecisionPage;
import se.varna.governance.ForumDecisionDtos.ForumDecisionView;
import se.varna.governance.ForumDecisionDtos.ForumRef;
import se.varna.organisation.Organisation;
import se.varna.organisation.OrganisationDtos.OrganisationPage;
import se.varna.organisation.OrganisationDtos.OrganisationView;
import se.varna.organisation.OrganisationService;
import se.varna.organisation.OrganisationType;

/**
 * The forums and their decisions: the list (by forum, newest first), one decision, the
 * coordinator's record of a new one, and the one rule by which measures and agreements cite
 * decisions ({@link #requireByIds}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ForumDecisionService {

    @Inject
    CurrentCaller caller;

    @Inject
    Municipality municipality;

    @Inject
    OrganisationService organisations;

    @Inject
    VersionedDocuments documents;

    Clock clock = Clock.systemDefaultZone();

    // ---- forums --------------------------------------------------------------------------

    public OrganisationPage listForums(PageRequest page) {
        var forums = page.window(Organisation.<Organisation>find("type", Sort.by("nameSv").and("code"),
                OrganisationType.forum)).stream().map(OrganisationView::of).toList();
        return new OrganisationPage(forums, Organisation.count("type", OrganisationType.forum), page.limit(),
                page.offset());
    }

    /** The forum {@code code} names, or null after adding an error naming {@code field}: unknown, or not a forum. */
    private Organisation forum(String code, String field, List<FieldError> errors) {
        Organisation o = organisations.requireByCode(code, field, errors);
        if (o != null && o.type != OrganisationType.forum) {
            errors.add(new FieldError(field, Messages.text("field.notForum", o.code)));
            return null;
        }
        return o;
    }

    // ---- decisions -----------------------------------------------------------------------

    public ForumDecisionPage list(String forumCode, PageRequest page) {
        if (forumCode == null) {
            var items = page.window(ForumDecision.<ForumDecision>findAll(order())).stream()
                    .map(ForumDecisionService::view).toList();
            return new ForumDecisionPage(items, ForumDecision.count(), page.limit(), page.offset());
        }
        List<FieldError> errors = new ArrayList<>();
        Organisation forum = forum(forumCode, "forum", errors);
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        var items = page.window(ForumDecision.<ForumDecision>find("forum", order(), forum)).stream()
                .map(ForumDecisionService::view).toList();
        return new ForumDecisionPage(items, ForumDecision.count("forum", forum), page.limit(), page.offset());
    }

    private static Sort order() {
        return Sort.descending("date", "id");
    }

    public ForumDecisionView get(long id) {
        ForumDecision d = ForumDecision.findById(id);
        if (d == null) {
            throw new NotFoundProblem("forumDecision", id);
        }
        return view(d);
    }

    /** Records a decision; 400 naming each field that does not hold: an unknown forum, a date in the future. */
    @Transactional
    public ForumDecisionView create(ForumDecisionInput input) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        Organisation forum = forum(input.forum(), "forum", errors);
        if (input.date().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("date", Messages.text("field.notInFuture")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        ForumDecision d = new ForumDecision();
        d.municipality = municipality.code();
        d.forum = forum;
        d.date = input.date();
        d.textSv = input.textSv().trim();
        d.textEn = blankToNull(input.textEn());
        d.reference = blankToNull(input.reference());
        d.createdAt = documents.now();
        d.createdBy = caller.username();
        d.persistAndFlush();
        return view(d);
    }

    // ---- citing --------------------------------------------------------------------------

    /** The decisions {@code ids} name, by one query; an error at {@code field[i]} for each id that names none. */
    public Set<ForumDecision> requireByIds(List<Long> ids, String field, List<FieldError> errors) {
        return References.resolve(errors, field, ids, Function.identity(),
                keys -> ForumDecision.<ForumDecision>list("id in ?1", keys), d -> d.id, "thing.forumDecision.id");
    }

    /** The cited decisions as a document shows them, newest first. */
    public static List<ForumDecisionView> views(Collection<ForumDecision> decisions) {
        return decisions.stream().sorted(Comparator.comparing((ForumDecision d) -> d.date).reversed()
                .thenComparing(d -> d.id)).map(ForumDecisionService::view).toList();
    }

    /** The cited decisions' ids, in order: what a document's audit snapshot keeps. */
    public static List<Long> ids(Collection<ForumDecision> decisions) {
        return decisions.stream().map(d -> d.id).sorted().toList();
    }

    static ForumDecisionView view(ForumDecision d) {
        return new ForumDecisionView(d.id, d.date, ForumRef.of(d.forum), new DecisionText(d.textSv, d.textEn),
                d.reference, d.createdAt, d.createdBy);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
