package se.varna.indicator;

import se.varna.common.Messages;
import se.varna.common.UnprocessableProblem;

/**
 * A value sent for a computed indicator: its values come from Värna's own data on read, so
 * none can be recorded (422, naming the indicator).
 */
public class ComputedIndicatorProblem extends UnprocessableProblem {

    public static final String TYPE = "urn:varna:problem:indicator-computed";

    public ComputedIndicatorProblem(String indicator) {
        super(TYPE, Messages.text("problem.indicatorComputed.title"), "indicator",
                Messages.text("problem.indicatorComputed.detail", indicator));
    }
}
