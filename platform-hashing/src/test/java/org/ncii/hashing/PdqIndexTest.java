package org.ncii.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PdqIndexTest {

    @Test
    void findsExactlyWhatAFullScanFindsAmong50000HashesAtDistance31() {
        PdqIndexBenchmark.Outcome outcome = PdqIndexBenchmark.run(50_000, 400, 31, 7);
        assertThat(outcome.recall()).isEqualTo(1.0);
    }

    @Test
    void findsNearCopiesNearestFirstAndForgetsRemovedOnes() {
        Random random = new Random(3);
        PdqIndex index = new PdqIndex();
        PdqHash stored = PdqIndexBenchmark.randomHash(random);
        index.add(1, stored);
        index.add(2, PdqIndexBenchmark.flip(stored, 31, random));
        index.add(3, PdqIndexBenchmark.flip(stored, 32, random));
        List<PdqIndex.Match> matches = index.search(PdqIndexBenchmark.flip(stored, 0, random), 31);
        assertThat(matches).extracting(PdqIndex.Match::id).containsExactly(1L, 2L);
        index.remove(1);
        assertThat(index.search(stored, 31)).extracting(PdqIndex.Match::id).containsExactly(2L);
        assertThat(index.size()).isEqualTo(2);
    }
}
