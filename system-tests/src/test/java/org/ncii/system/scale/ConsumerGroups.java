package org.ncii.system.scale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What the broker says about a consumer group: for each topic, which partitions each member holds. Each instance
 * of a service has one consumer per topic it reads, so two members holding partitions of a topic are two instances
 * sharing it.
 */
final class ConsumerGroups implements AutoCloseable {
    private final Admin admin;

    ConsumerGroups(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(config);
    }

    /** Topic to (member id to the partitions it holds), members without partitions of the topic left out. */
    Map<String, Map<String, Set<Integer>>> assignments(String group) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(10, TimeUnit.SECONDS).get(group);
            Map<String, Map<String, Set<Integer>>> byTopic = new HashMap<>();
            for (MemberDescription member : description.members()) {
                for (TopicPartition tp : member.assignment().topicPartitions()) {
                    byTopic.computeIfAbsent(tp.topic(), t -> new HashMap<>())
                            .computeIfAbsent(member.consumerId(), m -> new TreeSet<>()).add(tp.partition());
                }
            }
            return byTopic;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe consumer group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many partitions {@code topic} has. */
    int partitions(String topic) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions().size();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many records {@code topic} holds (0 for a topic nobody has written to). */
    long records(String topic) {
        try {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return 0;
            }
            throw new IllegalStateException("cannot read the offsets of " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot read the offsets of " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many members hold partitions of {@code topic} in {@code group}. */
    int membersSharing(String group, String topic) {
        return assignments(group).getOrDefault(topic, Map.of()).size();
    }

    @Override
    public void close() {
        admin.close();
    }
}
