package org.ncii.notifier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.ncii.testkit.KafkaBrokerResource;
import org.ncii.testkit.PostgresResource;

/** One real broker and one real PostgreSQL (database "notifier") for every test of this module. */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
