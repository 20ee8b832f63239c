package se.varna.crimestatistics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.crimestatistics.CrimeCatalog.Category;
import se.varna.crimestatistics.CrimeDtos.CrimeCategoryGroupView;
import se.varna.crimestatistics.CrimeDtos.CrimeCategoryTree;
import se.varna.crimestatistics.CrimeDtos.CrimeCategoryView;

@ApplicationScoped
public class CrimeCategoryService {

    @Inject
    CrimeCatalogQueries catalogQueries;

    /** The category hierarchy and the composite groups, in the police's order. */
    public CrimeCategoryTree categoryTree() {
        CrimeCatalog catalog = catalogQueries.load();
        List<CrimeCategoryView> items = catalog.topCategories().stream().map(c -> view(catalog, c)).toList();
        List<CrimeCategoryGroupView> groups = catalog.categories.stream().filter(Category::group)
                .map(g -> new CrimeCategoryGroupView(g.id(), g.code(), g.name(),
                        g.description() == null ? g.name() : g.description(), g.sourceReference(),
                        catalog.groupMembers(g)))
                .toList();
        return new CrimeCategoryTree(items, groups);
    }

    private CrimeCategoryView view(CrimeCatalog catalog, Category category) {
        return new CrimeCategoryView(category.id(), category.code(), category.name(),
                category.parent() < 0 ? null : catalog.categories.get(category.parent()).code(),
                Months.format(category.validFrom()),
                category.validTo() == Integer.MAX_VALUE ? null : Months.format(category.validTo()),
                catalog.children(category).stream().map(c -> view(catalog, c)).toList());
    }
}
