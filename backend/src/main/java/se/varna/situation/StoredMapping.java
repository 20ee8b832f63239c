package se.varna.situation;

import java.time.OffsetDateTime;
import java.util.List;

import se.varna.crimestatistics.CrimeAnswer;
import se.varna.situation.SituationDtos.DistrictRiskFactors;
import se.varna.situation.SituationDtos.GoalIndicators;

/**
 * A lägesbild's mapping as stored: exact figures with what publishing them needs (the crime
 * answers' cell bases), so that each reader's view is made when it is read, by the same rules
 * as the live statistics, and an adopted picture's figures never change.
 */
public record StoredMapping(OffsetDateTime builtAt, CrimeAnswer crimeByDistrict, CrimeAnswer crimeTrend,
        List<GoalIndicators> goals, List<DistrictRiskFactors> riskFactors) {
}
