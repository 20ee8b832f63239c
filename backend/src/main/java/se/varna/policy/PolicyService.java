package se.varna.policy;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import se.varna.common.PageRequest;
import se.varna.policy.PolicyDtos.PolicyPage;
import se.varna.policy.PolicyDtos.PolicyView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyService {

    /** Policy versions, newest period first, each with its goals (one query for all goals). */
    public PolicyPage listPolicies(PageRequest page) {
        List<Policy> policies = page.window(Policy.<Policy>findAll(Sort.descending("validFrom").and("code")));
        if (!policies.isEmpty()) {
            Policy.find("select distinct p from Policy p left join fetch p.goals where p in ?1", policies).list();
        }
        return new PolicyPage(policies.stream().map(PolicyView::of).toList(), Policy.count(), page.limit(),
                page.offset());
    }

    /** The id of the policy in force, if any. */
    public Optional<Long> findCurrentPolicyId() {
        return Policy.<Policy>find("current", true).firstResultOptional().map(p -> p.id);
    }
}
