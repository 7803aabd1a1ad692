package org.ncii.hashing;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures {@link PdqIndex} at bank scale: N random hashes (default 1,000,000), then queries near stored
 * hashes (up to the distance) and random ones, timing each search and checking that the index finds exactly
 * what a full scan finds (recall 100%). Run: {@code java -cp platform-hashing.jar
 * org.ncii.hashing.PdqIndexBenchmark [hashes] [queries] [distance]}; the bench module calls {@link #run}.
 */
public final class PdqIndexBenchmark {

    /** {@code recall} is found / expected over all queries; times in microseconds per search. */
    public record Outcome(int hashes, int queries, int distance, double recall, double meanMicros, double medianMicros,
                          double p99Micros, double maxMicros, double scanMeanMicros) {
        @Override
        public String toString() {
            return String.format("%,d hashes, %d queries at distance %d: recall %.4f, index mean %.1f us, median %.1f us, p99 %.1f us,"
                    + " max %.1f us; full scan mean %.1f us", hashes, queries, distance, recall, meanMicros, medianMicros, p99Micros,
                    maxMicros, scanMeanMicros);
        }
    }

    private PdqIndexBenchmark() {
    }

    public static void main(String[] args) {
        int hashes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int distance = args.length > 2 ? Integer.parseInt(args[2]) : 31;
        System.out.println(run(hashes, queries, distance, 42));
    }

    public static Outcome run(int hashes, int queries, int distance, long seed) {
        Random random = new Random(seed);
        PdqIndex index = new PdqIndex();
        PdqHash[] stored = new PdqHash[hashes];
        for (int i = 0; i < hashes; i++) {
            stored[i] = randomHash(random);
            index.add(i, stored[i]);
        }
        for (int i = 0; i < 2000; i++) {
            index.search(randomHash(random), distance);
        }
        long[] nanos = new long[queries];
        long scanNanos = 0;
        long expected = 0;
        long found = 0;
        for (int q = 0; q < queries; q++) {
            PdqHash query = q % 5 == 4 ? randomHash(random)
                    : flip(stored[random.nextInt(hashes)], random.nextInt(distance + 1), random);
            long t0 = System.nanoTime();
            List<PdqIndex.Match> fromIndex = index.search(query, distance);
            long t1 = System.nanoTime();
            List<PdqIndex.Match> fromScan = index.scan(query, distance);
            scanNanos += System.nanoTime() - t1;
            nanos[q] = t1 - t0;
            Set<Long> want = fromScan.stream().map(PdqIndex.Match::id).collect(Collectors.toSet());
            Set<Long> got = new HashSet<>();
            fromIndex.forEach(m -> got.add(m.id()));
            expected += want.size();
            got.retainAll(want);
            found += got.size();
        }
        java.util.Arrays.sort(nanos);
        double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1000;
        return new Outcome(hashes, queries, distance, expected == 0 ? 1 : (double) found / expected, mean, nanos[queries / 2] / 1000.0,
                nanos[(int) Math.min(queries - 1, Math.ceil(queries * 0.99) - 1)] / 1000.0,
                nanos[queries - 1] / 1000.0, scanNanos / 1000.0 / queries);
    }

    static PdqHash randomHash(Random random) {
        return PdqHash.ofWords(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }

    /** The hash with {@code bits} distinct random bits inverted. */
    static PdqHash flip(PdqHash hash, int bits, Random random) {
        long[] w = {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < bits) {
            chosen.add(random.nextInt(PdqHash.BITS));
        }
        for (int bit : chosen) {
            w[bit / 64] ^= 1L << (bit % 64);
        }
        return PdqHash.ofWords(w[0], w[1], w[2], w[3]);
    }
}
