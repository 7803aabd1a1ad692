package org.ncii.takedown.hashbank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.events.ContentHash;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.ReportedItem;
import org.ncii.hashing.PdqHash;
import org.ncii.hashing.PdqIndex;
import org.ncii.takedown.Actor;
import org.ncii.takedown.TimelineEntry;

/**
 * Keeps every case's hashes and finds the earlier cases a new report's content matches: PDQ within the configured
 * distance through the in-memory index, MD5 and SHA-256 exactly. A match links both cases, puts "matches case ..."
 * on the earlier case's timeline (the caller records it on the new one) and counts against the matched hash.
 * Hashes on the staff's never-match list and PDQ hashes under the quality floor never match. Call inside the
 * caller's transaction.
 */
@ApplicationScoped
public class HashBank {
    static final String WHO = "hash-bank";

    private final PdqBankIndex index;
    private final HashBankConfig config;

    public HashBank(PdqBankIndex index, HashBankConfig config) {
        this.index = index;
        this.config = config;
    }

    /** Banks the new case's hashes and returns the earlier cases they match, closest first. */
    public Uni<List<PriorMatch>> bankAndMatch(String caseRef, List<ReportedItem> items, Instant now) {
        List<BankedHash> rows = rows(caseRef, items, now);
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return NeverMatch.<NeverMatch>listAll().chain(never -> {
            Set<String> excluded = new HashSet<>();
            never.forEach(n -> excluded.add(key(n.algorithm, n.value)));
            return BankedHash.persist(rows).chain(() -> Panache.flush())
                    .chain(() -> candidates(caseRef, rows, excluded))
                    .chain(hits -> link(caseRef, hits, now))
                    .invoke(() -> rows.stream().filter(r -> r.algorithm.equals("PDQ"))
                            .forEach(r -> index.add(r.id, PdqHash.fromHex(r.value))));
        });
    }

    /**
     * Removes a withdrawn case's hashes from the bank, so nothing matches them again, and its links, so no other
     * case's page names it any more. The other case's timeline keeps the entry that recorded the match.
     */
    public Uni<Void> forget(String caseRef) {
        return BankedHash.<BankedHash>list("caseRef", caseRef).chain(rows -> {
            rows.forEach(r -> index.remove(r.id));
            return BankedHash.delete("caseRef", caseRef);
        }).chain(() -> CaseMatch.delete("caseRef = ?1 or otherCaseRef = ?1", caseRef)).replaceWithVoid();
    }

    private List<BankedHash> rows(String caseRef, List<ReportedItem> items, Instant now) {
        Map<String, BankedHash> rows = new LinkedHashMap<>();
        for (ReportedItem item : items) {
            for (ContentHash hash : item.hashes()) {
                if (hash.algorithm() == null || hash.value() == null) {
                    continue;
                }
                String value = hash.value().toLowerCase(Locale.ROOT);
                if (hash.algorithm() == HashAlgorithm.PDQ && !PdqHash.isHex(value)) {
                    continue;
                }
                BankedHash row = new BankedHash();
                row.caseRef = caseRef;
                row.itemId = item.itemId();
                row.algorithm = hash.algorithm().name();
                row.value = value;
                row.quality = hash.quality() == null ? null : hash.quality().shortValue();
                row.variant = hash.variant();
                row.addedAt = now;
                rows.putIfAbsent(item.itemId() + "/" + key(row.algorithm, value), row);
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** One new hash matching one stored hash of another case. */
    private record Hit(BankedHash fresh, BankedHash stored, int distance) {
    }

    /** Every stored hash of another case that a new hash matches. */
    private Uni<List<Hit>> candidates(String caseRef, List<BankedHash> rows, Set<String> excluded) {
        Map<Long, List<Map.Entry<BankedHash, Integer>>> nearById = new HashMap<>();
        Set<String> exactValues = new HashSet<>();
        List<BankedHash> exactRows = new ArrayList<>();
        for (BankedHash row : rows) {
            if (!usable(row, excluded)) {
                continue;
            }
            if (row.algorithm.equals("PDQ")) {
                for (PdqIndex.Match m : index.search(PdqHash.fromHex(row.value), config.pdqDistance())) {
                    nearById.computeIfAbsent(m.id(), id -> new ArrayList<>()).add(Map.entry(row, m.distance()));
                }
            } else {
                exactValues.add(row.value);
                exactRows.add(row);
            }
        }
        Uni<List<BankedHash>> near = nearById.isEmpty() ? Uni.createFrom().item(List.of())
                : BankedHash.list("id in ?1 and caseRef <> ?2", nearById.keySet(), caseRef);
        Uni<List<BankedHash>> exact = exactValues.isEmpty() ? Uni.createFrom().item(List.of())
                : BankedHash.list("algorithm in ('MD5', 'SHA256') and value in ?1 and caseRef <> ?2", exactValues, caseRef);
        return near.chain(nearStored -> exact.map(exactStored -> {
            List<Hit> hits = new ArrayList<>();
            for (BankedHash stored : nearStored) {
                if (usable(stored, excluded)) {
                    nearById.get(stored.id).forEach(e -> hits.add(new Hit(e.getKey(), stored, e.getValue())));
                }
            }
            for (BankedHash stored : exactStored) {
                exactRows.stream().filter(r -> r.algorithm.equals(stored.algorithm) && r.value.equals(stored.value))
                        .forEach(r -> hits.add(new Hit(r, stored, 0)));
            }
            return hits;
        }));
    }

    private boolean usable(BankedHash row, Set<String> excluded) {
        return !excluded.contains(key(row.algorithm, row.value))
                && (!row.algorithm.equals("PDQ") || row.quality == null || row.quality >= config.minQuality());
    }

    /**
     * Links the new case to each earlier case it matched (closest pair per case), counts each stored hash once
     * per new case, and tells the earlier case on its timeline.
     */
    private Uni<List<PriorMatch>> link(String caseRef, List<Hit> hits, Instant now) {
        if (hits.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, PriorMatch> best = new LinkedHashMap<>();
        Set<BankedHash> storedMatched = new HashSet<>();
        Map<BankedHash, Set<Long>> freshMatched = new HashMap<>();
        for (Hit hit : hits) {
            PriorMatch candidate = new PriorMatch(hit.stored().caseRef, hit.stored().algorithm, hit.distance());
            best.merge(hit.stored().caseRef, candidate, (a, b) -> b.distance() < a.distance() ? b : a);
            storedMatched.add(hit.stored());
            freshMatched.computeIfAbsent(hit.fresh(), f -> new HashSet<>()).add(hit.stored().id);
        }
        freshMatched.forEach((fresh, ids) -> fresh.matchCount = ids.size());
        List<PriorMatch> prior = best.values().stream().sorted(Comparator.comparingInt(PriorMatch::distance)).toList();
        List<Object> toPersist = new ArrayList<>();
        for (PriorMatch m : prior) {
            toPersist.add(CaseMatch.of(caseRef, m.caseRef(), m.algorithm(), m.distance(), now));
            toPersist.add(CaseMatch.of(m.caseRef(), caseRef, m.algorithm(), m.distance(), now));
            toPersist.add(TimelineEntry.of(m.caseRef(), null, now, "MATCHED_BY_CASE", Actor.SYSTEM, WHO,
                    new PriorMatch(caseRef, m.algorithm(), m.distance()).describe()));
        }
        // Counted in SQL, not on the loaded entity, so two reports matching one hash at once both count.
        List<Long> storedIds = storedMatched.stream().map(s -> s.id).toList();
        return BankedHash.update("matchCount = matchCount + 1 where id in ?1", storedIds)
                .chain(() -> Panache.getSession())
                .chain(session -> session.persistAll(toPersist.toArray()))
                .replaceWith(prior);
    }

    private static String key(String algorithm, String value) {
        return algorithm + ":" + value.toLowerCase(Locale.ROOT);
    }
}
