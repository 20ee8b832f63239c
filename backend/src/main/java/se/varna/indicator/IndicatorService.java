package se.varna.indicator;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import se.varna.common.PageRequest;
import se.varna.indicator.IndicatorDtos.IndicatorPage;
import se.varna.indicator.IndicatorDtos.IndicatorView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {

    private static final String WITH_GOALS_AND_OWNER =
            "select distinct i from Indicator i left join fetch i.goals left join fetch i.owner ";

    /**
     * Indicators ordered by code or, when {@code goalId} is given, only those following that
     * goal in the order the policy lists them; the page is read first, then its goals and
     * owners in one more query.
     */
    public IndicatorPage listIndicators(Long goalId, PageRequest page) {
        List<Indicator> indicators;
        long total;
        if (goalId == null) {
            indicators = page.window(Indicator.<Indicator>findAll(Sort.by("code")));
            total = Indicator.count();
        } else {
            indicators = page.window(Indicator.<Indicator>find(
                    "select i from Goal g join g.indicators i where g.id = ?1 order by index(i)", goalId));
            total = Indicator.count("select count(i) from Indicator i join i.goals g where g.id = ?1", goalId);
        }
        if (!indicators.isEmpty()) {
            Indicator.find(WITH_GOALS_AND_OWNER + "where i in ?1", indicators).list();
        }
        return new IndicatorPage(indicators.stream().map(IndicatorView::of).toList(), total, page.limit(),
                page.offset());
    }

    public Optional<IndicatorView> findIndicatorById(long id) {
        return Indicator.<Indicator>find(WITH_GOALS_AND_OWNER + "where i.id = ?1", id)
                .singleResultOptional().map(IndicatorView::of);
    }
}
