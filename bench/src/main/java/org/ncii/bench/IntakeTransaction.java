package org.ncii.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import org.HdrHistogram.Recorder;
import org.ncii.devstack.Database;

/**
 * Scenario 1's machine limit: the durable transaction intake commits per report (a case-reference check, the case,
 * its item, the outbox row) issued straight to PostgreSQL with the Vert.x reactive client, as fast as
 * {@code concurrency} connections allow. It runs in a scratch database built from intake's own Flyway scripts, so
 * the tables, indexes and row sizes are intake's and no event reaches Kafka.
 */
final class IntakeTransaction {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:_(\\d+))?__.*\\.sql");
    private static final String ENVELOPE = "{\"specversion\":\"1.0\",\"type\":\"report.submitted\",\"data\":{\"items\":["
            + "{\"itemId\":\"%s\",\"url\":\"https://www.facebook.com/photo/?fbid=%d\",\"hashes\":[]}],"
            + "\"declarations\":{\"notConsented\":true,\"goodFaith\":true,\"accurate\":true},\"padding\":\"%s\"}}";
    private static final String PADDING = "x".repeat(600);

    record Result(int concurrency, double seconds, long commits, double tps, double p50Ms, double p99Ms) {
    }

    static Result measure(Database database, Path projectRoot, int concurrency, int seconds) throws Exception {
        String db = database.createDatabase("bench_limit");
        migrate(database, db, projectRoot.resolve("intake-service/src/main/resources/db/migration"));
        Vertx vertx = Vertx.vertx();
        Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(concurrency))
                .connectingTo(new PgConnectOptions().setHost(database.host()).setPort(database.port()).setDatabase(db)
                        .setUser(database.user()).setPassword(database.password()).setCachePreparedStatements(true))
                .using(vertx).build();
        try {
            run(pool, concurrency, 2, new AtomicLong(1_000_000_000L)); // warm-up
            return run(pool, concurrency, seconds, new AtomicLong(2_000_000_000L));
        } finally {
            pool.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static Result run(Pool pool, int concurrency, int seconds, AtomicLong ids) throws InterruptedException {
        Recorder latency = new Recorder(OpenLoop.MAX_LATENCY_NANOS, 3);
        AtomicLong commits = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch workers = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            loop(pool, ids, commits, latency, stop, workers);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        workers.await(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        var h = latency.getIntervalHistogram();
        return new Result(concurrency, elapsed, commits.get(), commits.get() / elapsed,
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6);
    }

    private static void loop(Pool pool, AtomicLong ids, AtomicLong commits, Recorder latency, AtomicBoolean stop,
                             CountDownLatch done) {
        if (stop.get()) {
            done.countDown();
            return;
        }
        long t0 = System.nanoTime();
        once(pool, ids.incrementAndGet()).onComplete(ar -> {
            if (ar.succeeded()) {
                commits.incrementAndGet();
                latency.recordValue(Math.min(System.nanoTime() - t0, OpenLoop.MAX_LATENCY_NANOS));
            }
            loop(pool, ids, commits, latency, stop, done);
        });
    }

    /** One report's transaction, as intake writes it. */
    private static Future<Void> once(Pool pool, long id) {
        String caseRef = "B" + Long.toString(id, 36).toUpperCase();
        String itemId = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] hash = new byte[32];
        byte[] sealed = new byte[64];
        return pool.withTransaction(c -> c.preparedQuery("SELECT 1 FROM intake_case WHERE case_ref = $1").execute(Tuple.of(caseRef))
                .compose(r -> c.preparedQuery("INSERT INTO intake_case (id, case_ref, access_code_hash, status, reporter_role,"
                                + " country_of_residence, minor, share_identity, not_consented, good_faith, accurate, signature_key,"
                                + " signature_ct, submitted_at) VALUES ($1,$2,$3,'SUBMITTED','HELPLINE','GB',false,false,true,true,true,"
                                + " 'k1',$4,$5)")
                        .execute(Tuple.of(id, caseRef, io.vertx.core.buffer.Buffer.buffer(hash), io.vertx.core.buffer.Buffer.buffer(sealed), now)))
                .compose(r -> c.preparedQuery("INSERT INTO report_item (id, case_id, position, url, hashes) VALUES ($1,$2,0,$3,'[]')")
                        .execute(Tuple.of(itemId, id, "https://www.facebook.com/photo/?fbid=" + id)))
                .compose(r -> c.preparedQuery("INSERT INTO outbox_event (id, event_id, topic, message_key, type, envelope, created_at)"
                                + " VALUES ($1,$2,'takedown.reports.v1',$3,'report.submitted',$4,$5)")
                        .execute(Tuple.of(id, UUID.randomUUID().toString(), caseRef, String.format(ENVELOPE, itemId, id, PADDING), now)))
                .mapEmpty());
    }

    /** Applies intake's Flyway scripts, in version order, to the scratch database (once). */
    private static void migrate(Database database, String db, Path scripts) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(db), database.user(), database.password());
             Statement s = c.createStatement()) {
            if (s.executeQuery("SELECT to_regclass('intake_case') IS NOT NULL").next()
                    && s.getResultSet().getBoolean(1)) {
                return;
            }
            List<Path> files;
            try (Stream<Path> listed = Files.list(scripts)) {
                files = listed.filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                        .sorted(Comparator.comparingLong(IntakeTransaction::version)).toList();
            }
            for (Path f : files) {
                s.execute(Files.readString(f));
            }
        }
    }

    private static long version(Path p) {
        Matcher m = VERSION.matcher(p.getFileName().toString());
        m.matches();
        return Long.parseLong(m.group(1)) * 1000 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
    }
}
