package se.varna.crimestatistics;

import java.util.List;

import se.varna.crimestatistics.CrimeDtos.CrimeStatistics;

/**
 * An answer's exact figures and, per figure, what the disclosure control needs to publish
 * it for any reader: what an approved report freezes, so that its public view is computed
 * when it is read, by the same rule as every live answer.
 *
 * @param exact
 *            the answer as a reader with exact figures sees it
 * @param cells
 *            per cell of {@code exact}, in its order: the basis of its figure and of its
 *            previous and year-earlier figures (null where those are)
 */
public record CrimeAnswer(CrimeStatistics exact, List<CellBasis> cells) {

    /**
     * @param key
     *            the cell key: the sum of the record keys of the figure's facts, modulo 2^32
     * @param source
     *            the id of the only organisation that delivered facts in it; 0 when none did,
     *            -1 when several did
     * @param population
     *            the population a rate divides by (null for counts)
     */
    public record FigureBasis(int key, long source, Long population) {
    }

    public record CellBasis(FigureBasis figure, FigureBasis previous, FigureBasis yearEarlier) {
    }
}
