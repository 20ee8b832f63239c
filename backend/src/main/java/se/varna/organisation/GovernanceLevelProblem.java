package se.varna.organisation;

import java.util.Arrays;
import java.util.stream.Collectors;

import se.varna.common.Messages;
import se.varna.common.UnprocessableProblem;

/**
 * A governance level the policy does not have: answered 422 naming {@code level}, and the
 * organisation keeps the level it had.
 */
public class GovernanceLevelProblem extends UnprocessableProblem {

    GovernanceLevelProblem(String level) {
        super("urn:varna:problem:governance-level", Messages.text("problem.governanceLevel.title"), "level",
                Messages.text("problem.governanceLevel.detail", level, Arrays.stream(GovernanceLevel.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }
}
