package org.ncii.takedown.hashbank;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import org.jboss.logging.Logger;
import org.ncii.hashing.PdqHash;
import org.ncii.hashing.PdqIndex;

/**
 * The bank's PDQ hashes in memory, indexed for sublinear near-duplicate search ({@link PdqIndex}), keyed by
 * {@code bank_hash.id}. Rebuilt from the database at start; kept current by {@link HashBank}. An id whose row
 * was rolled back may linger until the next start: matches are always re-read from the database, so it is
 * never reported.
 */
@ApplicationScoped
public class PdqBankIndex {
    private static final Logger LOG = Logger.getLogger(PdqBankIndex.class);

    private final PdqIndex index = new PdqIndex();

    /** The two columns the index needs, not whole entities: the bank may hold millions of rows. */
    public record Row(Long id, String value) {
    }

    void rebuild(@Observes StartupEvent start) throws Throwable {
        long t0 = System.nanoTime();
        List<Row> rows = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> BankedHash.find("algorithm", "PDQ").project(Row.class).list()));
        synchronized (this) {
            for (Row row : rows) {
                index.add(row.id(), PdqHash.fromHex(row.value()));
            }
        }
        LOG.infof("hash bank: %d PDQ hashes indexed in %d ms", rows.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    public synchronized void add(long id, PdqHash hash) {
        index.add(id, hash);
    }

    public synchronized void remove(long id) {
        index.remove(id);
    }

    public synchronized List<PdqIndex.Match> search(PdqHash hash, int maxDistance) {
        return index.search(hash, maxDistance);
    }

    public synchronized int size() {
        return index.size();
    }
}
