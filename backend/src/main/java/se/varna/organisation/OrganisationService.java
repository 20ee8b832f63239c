package se.varna.organisation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import se.varna.common.PageRequest;
import se.varna.organisation.OrganisationDtos.OrganisationSummary;
import se.varna.organisation.OrganisationDtos.OrganisationPage;
import se.varna.organisation.OrganisationDtos.OrganisationView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    public OrganisationPage listOrganisations(PageRequest page) {
        var items = page.window(Organisation.<Organisation>findAll(Sort.by("nameSv").and("code")))
                .stream().map(OrganisationView::of).toList();
        return new OrganisationPage(items, Organisation.count(), page.limit(), page.offset());
    }

    public Optional<OrganisationSummary> findOrganisationByCode(String code) {
        return Organisation.<Organisation>find("code", code).firstResultOptional().map(OrganisationSummary::of);
    }
}
