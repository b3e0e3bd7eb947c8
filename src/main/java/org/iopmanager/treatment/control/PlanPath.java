package org.iopmanager.treatment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Where something is in a plan, by position: {@code P1}, {@code P1.G2}, {@code P1.G2.O1}, {@code P1.G2.O1.I3}
 * (problem, goal, objective, intervention). Findings and the diff name places this way; pages show them in words.
 */
public final class PlanPath {

    private PlanPath() {
    }

    public static String child(String parent, char level, int position) {
        return (parent.isEmpty() ? "" : parent + ".") + level + position;
    }

    /** "Problem 1, goal 2" from the bundle's {@code plan.path.P}, {@code plan.path.G}, … keys. */
    public static String label(String path, ResourceBundle bundle) {
        if (path == null || path.isEmpty()) {
            return bundle.getString("plan.path.plan");
        }
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            parts.add(java.text.MessageFormat.format(bundle.getString("plan.path." + segment.charAt(0)), segment.substring(1)));
        }
        return String.join(", ", parts);
    }

    /** The JSF/REST field of an input below a path: {@code problems:0:goals:1:statement} for {@code P1.G2}. */
    public static String field(String path, String input) {
        StringBuilder field = new StringBuilder();
        for (String segment : path.split("\\.")) {
            String list = switch (segment.charAt(0)) {
                case 'P' -> "problems";
                case 'G' -> "goals";
                case 'O' -> "objectives";
                default -> "interventions";
            };
            field.append(list).append(':').append(Integer.parseInt(segment.substring(1)) - 1).append(':');
        }
        return field.append(input).toString();
    }
}
