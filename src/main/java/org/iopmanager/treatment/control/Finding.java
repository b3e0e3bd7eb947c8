package org.iopmanager.treatment.control;

import java.io.Serializable;
import java.util.List;

/**
 * One thing the plan quality check found: a message key, where in the plan ({@link PlanPath}, empty for the plan
 * itself) and the message's further arguments.
 */
public record Finding(String key, String path, List<String> arguments) implements Serializable {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    public static Finding at(String key, String path, String... arguments) {
        return new Finding(key, path, List.of(arguments));
    }
}
