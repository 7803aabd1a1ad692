package org.ncii.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.ncii.devstack.KafkaBroker;

/**
 * One real Kafka broker (KRaft, a child process from the Kafka jars) for the whole test module, shared by
 * every test class in its JVM and stopped when the JVM ends. Publishes {@code kafka.bootstrap.servers} and
 * injects {@link KafkaBroker} (to stop and restart it in outage tests) and a {@link KafkaCompanion} into test
 * fields of those types.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;
    private static KafkaCompanion companion;

    /** The module's broker, started on first use. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.onFreePorts().start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
        }
        return broker;
    }

    /** A companion on the module's broker to read and write topics in tests. */
    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(broker().bootstrapServers());
        }
        return companion;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker(), new TestInjector.MatchesType(KafkaBroker.class));
        testInjector.injectIntoFields(companion(), new TestInjector.MatchesType(KafkaCompanion.class));
    }

    @Override
    public void stop() {
        // The broker outlives one Quarkus application: other test classes of the module use it too.
        if (broker != null && !broker.isRunning()) {
            broker.start();
        }
    }
}
