package se.varna.goal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import se.varna.common.PageRequest;
import se.varna.goal.GoalDtos.GoalPage;
import se.varna.goal.GoalDtos.GoalView;
import se.varna.measure.MeasureService;
import se.varna.policy.PolicyIndicator;
import se.varna.policy.PolicyIndicatorService;
import se.varna.policy.PolicyService;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GoalService {

    @Inject
    PolicyService policies;

    @Inject
    MeasureService measures;

    /**
     * The goals of one policy (the policy in force today when {@code policyId} is null) in number
     * order, each with its indicators: two queries whatever the page size. A draft's goals are
     * for callers with a Värna role; to others a draft is as unknown as a policy that is not there.
     */
    public GoalPage listGoals(Long policyId, PageRequest page) {
        Optional<Long> policy = policyId != null ? Optional.of(policyId).filter(policies::readable)
                : policies.findCurrentPolicyId();
        if (policy.isEmpty()) {
            return new GoalPage(List.of(), 0, page.limit(), page.offset());
        }
        List<Goal> goals = page.window(Goal.<Goal>find("policy.id", Sort.by("number"), policy.get()));
        if (!goals.isEmpty()) {
            Goal.find("select distinct g from Goal g left join fetch g.indicators where g in ?1", goals).list();
        }
        Map<Long, PolicyIndicator> figures = PolicyIndicatorService.figures(policy.get());
        return new GoalPage(goals.stream().map(g -> view(g, figures)).toList(), Goal.count("policy.id", policy.get()),
                page.limit(), page.offset());
    }

    /** One goal; a draft policy's only for callers with a Värna role. */
    public Optional<GoalView> findGoalById(long id) {
        return Goal.<Goal>find("select g from Goal g left join fetch g.indicators where g.id = ?1", id)
                .singleResultOptional().filter(g -> policies.readable(g.policy.id))
                .map(g -> view(g, PolicyIndicatorService.figures(g.policy.id)));
    }

    /** The goal with its indicators' figures for its policy's period and the measures listed under it. */
    private GoalView view(Goal g, Map<Long, PolicyIndicator> figures) {
        return GoalView.of(g, i -> PolicyIndicatorService.view(i, figures.get(i.id)), measures.countUnderGoal(g.id));
    }
}
