package org.ncii.takedown.hashbank;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;

/** What staff do with the bank: read a case's hashes and their match counters, and keep the never-match list. */
@ApplicationScoped
public class HashBankStaff {
    private final Clock clock;

    public HashBankStaff(Clock clock) {
        this.clock = clock;
    }

    public record StoredHash(String itemId, String algorithm, String value, Integer quality, String variant,
                             Instant addedAt, int matchCount) {
    }

    public record Link(String caseRef, String algorithm, int distance, Instant matchedAt) {
    }

    public record CaseHashes(String caseRef, List<StoredHash> hashes, List<Link> matches) {
    }

    public record Excluded(long id, String algorithm, String value, String reason, String addedBy, Instant addedAt) {
    }

    public Uni<CaseHashes> ofCase(String caseRef) {
        return Panache.withSession(() -> BankedHash.<BankedHash>list("caseRef = ?1 order by id", caseRef)
                .chain(rows -> CaseMatch.<CaseMatch>list("caseRef = ?1 order by matchedAt, id", caseRef)
                        .map(links -> new CaseHashes(caseRef,
                                rows.stream().map(r -> new StoredHash(r.itemId, r.algorithm, r.value,
                                        r.quality == null ? null : r.quality.intValue(), r.variant, r.addedAt,
                                        r.matchCount)).toList(),
                                links.stream().map(l -> new Link(l.otherCaseRef, l.algorithm, l.distance, l.matchedAt))
                                        .toList()))));
    }

    public Uni<List<Excluded>> neverMatch() {
        return Panache.withSession(() -> NeverMatch.<NeverMatch>list("order by id"))
                .map(rows -> rows.stream().map(HashBankStaff::view).toList());
    }

    /** Adds a hash to the never-match list; the same hash twice is a 409. */
    public Uni<Excluded> exclude(String algorithm, String value, String reason, String staff) {
        String normalised = value.toLowerCase(Locale.ROOT);
        return Panache.withTransaction(() -> NeverMatch.count("algorithm = ?1 and value = ?2", algorithm, normalised)
                .chain(existing -> {
                    if (existing > 0) {
                        throw ProblemException.conflict("this hash is already on the never-match list");
                    }
                    NeverMatch row = new NeverMatch();
                    row.algorithm = algorithm;
                    row.value = normalised;
                    row.reason = reason;
                    row.addedBy = staff;
                    row.addedAt = clock.instant();
                    return row.<NeverMatch>persist();
                })).map(HashBankStaff::view);
    }

    public Uni<Void> include(long id) {
        return Panache.withTransaction(() -> NeverMatch.deleteById(id)).invoke(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("no never-match entry " + id);
            }
        }).replaceWithVoid();
    }

    private static Excluded view(NeverMatch n) {
        return new Excluded(n.id, n.algorithm, n.value, n.reason, n.addedBy, n.addedAt);
    }
}
