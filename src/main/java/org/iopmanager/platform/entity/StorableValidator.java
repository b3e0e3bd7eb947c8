package org.iopmanager.platform.entity;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Storable}: each offending field gets its own violation, named by the field. */
public class StorableValidator implements ConstraintValidator<Storable, Object> {

    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    @Override
    public boolean isValid(Object entity, ConstraintValidatorContext context) {
        Map<String, String> problems = problems(entity);
        if (!problems.isEmpty()) {
            context.disableDefaultConstraintViolation();
            problems.forEach((field, key) -> context.buildConstraintViolationWithTemplate("{" + key + "}")
                    .addPropertyNode(field).addConstraintViolation());
        }
        return problems.isEmpty();
    }

    /**
     * The fields of {@code entity} (its own and its superclasses') that cannot be stored, each with the bundle key of
     * why: {@code app.text.unstorable} or {@code app.date.range}; empty for null. For a service that must know before
     * it looks a value up or names the field by a path of its own (a plan's nested rows).
     */
    public static Map<String, String> problems(Object entity) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Class<?> type = entity == null ? null : entity.getClass(); type != null && type != Object.class;
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getName().startsWith("_persistence")
                        || field.getType() != String.class && field.getType() != LocalDate.class) {
                    continue;
                }
                Object value = read(field, entity);
                String problem = value instanceof String text ? (storable(text) ? null : "app.text.unstorable")
                        : value instanceof LocalDate date && (date.isBefore(EARLIEST) || date.isAfter(LATEST)) ? "app.date.range"
                        : null;
                if (problem != null) {
                    problems.putIfAbsent(field.getName(), problem);
                }
            }
        }
        return problems;
    }

    /** No control character but tab, line feed and carriage return; every surrogate in a pair. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Object read(Field field, Object entity) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException | RuntimeException unreadable) {
            return null;
        }
    }
}
