package org.iopmanager.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory to spare; a restart is the cure only for that. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    private static final double MAX_HEAP_USED = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        boolean up = used < runtime.maxMemory() * MAX_HEAP_USED;
        return HealthCheckResponse.named("heap").status(up).withData("usedBytes", used)
                .withData("maxBytes", runtime.maxMemory()).build();
    }
}
