package org.ncii.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The generator's contracts the hostile tests rely on: reproducible draws, weights, bounds and character sets. */
class GenTest {
    private static <T> List<T> draw(Gen<T> gen, long seed, int count) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> gen.sample(random)).toList();
    }

    @Test
    void sameSeedGivesSameSequence() {
        Gen<String> gen = HostileInput.text();

        assertThat(draw(gen, 42, 500)).isEqualTo(draw(gen, 42, 500));
        assertThat(draw(gen, 42, 500)).isNotEqualTo(draw(gen, 43, 500));
    }

    @Test
    void frequencyRoughlyHonoursWeights() {
        Gen<String> gen = Gen.frequency(Gen.weight(9, Gen.just("a")), Gen.weight(1, Gen.just("b")));

        long bs = draw(gen, 1, 10_000).stream().filter("b"::equals).count();

        assertThat(bs).isBetween(850L, 1150L);
    }

    @Test
    void stringsHonourLengthBoundsAndCharacterSets() {
        List<String> fromSet = draw(Gen.strings("xy\u0430", 3, 7), 2, 2_000);
        List<String> fromRange = draw(Gen.strings('\u0000', '\u001f', 1, 16), 3, 2_000);
        List<String> any = draw(Gen.anyStrings(0, 40), 4, 2_000);

        assertThat(fromSet).allSatisfy(s -> assertThat(s).hasSizeBetween(3, 7).matches("[xy\u0430]+"));
        assertThat(fromSet).extracting(String::length).contains(3, 7);
        assertThat(fromRange).allSatisfy(s -> assertThat(s).hasSizeBetween(1, 16)
                .satisfies(t -> assertThat(t.chars()).allMatch(c -> c <= 0x1f)));
        assertThat(any).allSatisfy(s -> assertThat(s).hasSizeBetween(0, 40));
        assertThat(any).anySatisfy(s -> assertThat(s.chars()).anyMatch(c -> c > 0x7fff));
    }

    @Test
    void oneOfReachesEveryBranch() {
        Gen<Integer> gen = Gen.oneOf(Gen.just(1), Gen.just(2), Gen.integers(3, 4), Gen.of(5, 6));

        assertThat(new HashSet<>(draw(gen, 5, 1_000))).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }

    @Test
    void numbersStayWithinBoundsAndReachThem() {
        List<Integer> ints = draw(Gen.integers(51, 400), 6, 2_000);
        List<Double> doubles = draw(Gen.doubles(0, 1), 7, 2_000);

        assertThat(ints).allSatisfy(n -> assertThat(n).isBetween(51, 400)).contains(51, 400);
        assertThat(doubles).allSatisfy(d -> assertThat(d).isBetween(0.0, 1.0)).contains(0.0, 1.0);
    }

    @Test
    void listsCombineAndFilterKeepTheirContracts() {
        Gen<List<Integer>> lists = Gen.integers(0, 9).list(3);
        Gen<String> combined = Gen.combine(Gen.of("a", "b"), Gen.integers(1, 2), Gen.of(HostileInput.Damage.class),
                (s, n, d) -> s + n + d);
        Gen<Integer> even = Gen.integers(0, 100).filter(n -> n % 2 == 0);

        assertThat(draw(lists, 8, 500)).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(3))
                .extracting(List::size).contains(0, 3);
        assertThat(draw(combined, 9, 500)).allSatisfy(s -> assertThat(s).matches("[ab][12][A-Z0-9_]+"));
        assertThat(draw(even, 10, 500)).allMatch(n -> n % 2 == 0);
    }
}
