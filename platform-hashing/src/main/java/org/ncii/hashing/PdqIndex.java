package org.ncii.hashing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every stored PDQ hash within a Hamming distance of a query without scanning them all: multi-index
 * hashing (Norouzi et al.) over the sixteen 16-bit chunks of a hash. Two hashes within distance {@code r}
 * differ in at most {@code floor(r / 16)} bits on at least one chunk (pigeonhole), so probing each chunk's
 * table with every value that close to the query's chunk reaches every true match; each candidate is then
 * checked in full. At r = 31 that is 16 x (1 + 16) table probes. Not synchronised: the caller guards it.
 */
public final class PdqIndex {
    private static final int CHUNKS = 16;
    private static final int MAX_DISTANCE = 3 * CHUNKS - 1;

    private long[] words = new long[64];
    private long[] ids = new long[16];
    private int slots;
    private final Map<Long, Integer> slotOfId = new HashMap<>();
    private final int[][][] tables = new int[CHUNKS][1 << 16][];
    private boolean[] removed = new boolean[16];
    private int live;

    /** One stored hash within reach of a query; {@code id} is the caller's (a bank row id). */
    public record Match(long id, PdqHash hash, int distance) {
    }

    public int size() {
        return live;
    }

    /** Stores a hash under an id; an id already present is replaced. */
    public void add(long id, PdqHash hash) {
        remove(id);
        int slot = slots++;
        if (ids.length <= slot) {
            ids = Arrays.copyOf(ids, ids.length * 2);
            words = Arrays.copyOf(words, words.length * 2);
            removed = Arrays.copyOf(removed, removed.length * 2);
        }
        ids[slot] = id;
        for (int w = 0; w < 4; w++) {
            words[4 * slot + w] = hash.word(w);
        }
        slotOfId.put(id, slot);
        for (int c = 0; c < CHUNKS; c++) {
            int key = hash.chunk16(c);
            int[] list = tables[c][key];
            if (list == null) {
                list = new int[4];
            } else if (list[0] + 1 >= list.length) {
                list = Arrays.copyOf(list, list.length * 2);
            }
            list[++list[0]] = slot;
            tables[c][key] = list;
        }
        live++;
    }

    public void remove(long id) {
        Integer slot = slotOfId.remove(id);
        if (slot != null && !removed[slot]) {
            removed[slot] = true;
            live--;
        }
    }

    /** Every stored hash within {@code maxDistance} (0..47) of the query, nearest first. */
    public List<Match> search(PdqHash query, int maxDistance) {
        if (maxDistance < 0 || maxDistance > MAX_DISTANCE) {
            throw new IllegalArgumentException("distance must be 0.." + MAX_DISTANCE);
        }
        int chunkRadius = maxDistance / CHUNKS;
        Set<Integer> found = new HashSet<>();
        List<Match> out = new ArrayList<>();
        for (int c = 0; c < CHUNKS; c++) {
            int key = query.chunk16(c);
            probe(c, key, query, maxDistance, found, out);
            for (int b1 = 0; chunkRadius >= 1 && b1 < 16; b1++) {
                int k1 = key ^ (1 << b1);
                probe(c, k1, query, maxDistance, found, out);
                for (int b2 = b1 + 1; chunkRadius >= 2 && b2 < 16; b2++) {
                    probe(c, k1 ^ (1 << b2), query, maxDistance, found, out);
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::distance));
        return out;
    }

    /** The same answer by comparing with every stored hash: the yardstick for the index's recall. */
    public List<Match> scan(PdqHash query, int maxDistance) {
        List<Match> out = new ArrayList<>();
        long q0 = query.word(0);
        long q1 = query.word(1);
        long q2 = query.word(2);
        long q3 = query.word(3);
        for (int slot = 0; slot < slots; slot++) {
            if (!removed[slot]) {
                int d = distance(slot, q0, q1, q2, q3);
                if (d <= maxDistance) {
                    out.add(match(slot, d));
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::distance));
        return out;
    }

    private void probe(int chunk, int key, PdqHash query, int maxDistance, Set<Integer> found, List<Match> out) {
        int[] list = tables[chunk][key];
        if (list == null) {
            return;
        }
        long q0 = query.word(0);
        long q1 = query.word(1);
        long q2 = query.word(2);
        long q3 = query.word(3);
        for (int i = 1; i <= list[0]; i++) {
            int slot = list[i];
            int d = distance(slot, q0, q1, q2, q3);
            if (d <= maxDistance && !removed[slot] && found.add(slot)) {
                out.add(match(slot, d));
            }
        }
    }

    private int distance(int slot, long q0, long q1, long q2, long q3) {
        int base = 4 * slot;
        return Long.bitCount(words[base] ^ q0) + Long.bitCount(words[base + 1] ^ q1)
                + Long.bitCount(words[base + 2] ^ q2) + Long.bitCount(words[base + 3] ^ q3);
    }

    private Match match(int slot, int distance) {
        int base = 4 * slot;
        return new Match(ids[slot], PdqHash.ofWords(words[base], words[base + 1], words[base + 2], words[base + 3]),
                distance);
    }
}
