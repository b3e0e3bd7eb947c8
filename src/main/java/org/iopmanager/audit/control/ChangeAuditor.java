package org.iopmanager.audit.control;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.Redacted;
import org.iopmanager.platform.entity.SiteOwned;

/**
 * Turns every insert, update and delete EclipseLink writes into an audit line with the changed fields,
 * before → after, in the same transaction. Registered on every entity by {@link AuditSessionListener},
 * so no service can forget it. Redacted fields show only that they changed.
 */
public class ChangeAuditor extends DescriptorEventAdapter {

    private static final String REDACTED = "[redacted]";
    private static final Map<String, Boolean> REDACTED_FIELDS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> IGNORED_FIELDS = new ConcurrentHashMap<>();
    private static final Method GET_MAPPINGS = getMappingsMethod();
    /**
     * Found once: {@code Json.createObjectBuilder()} looks the provider up through the service loader on every call,
     * which read jar entries for each audited change (benchmark, issue 7).
     */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** Looked up once: {@code CDI.current()} walks the caller's stack to find its bean manager. */
    private static volatile AuditWriter writer;

    private static Method getMappingsMethod() {
        try {
            return ClassDescriptor.class.getMethod("getMappings");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        Object entity = event.getObject();
        JsonObjectBuilder after = JSON.createObjectBuilder();
        for (DatabaseMapping mapping : mappingsOf(event.getDescriptor())) {
            if (audited(entity.getClass(), mapping.getAttributeName())) {
                put(after, entity.getClass(), mapping.getAttributeName(), value(mapping, entity));
            }
        }
        write(AuditAction.CREATE, entity, JSON.createObjectBuilder().add("after", after).build().toString());
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        Object entity = event.getObject();
        ObjectChangeSet changes = changeSet(event);
        if (changes == null) {
            return;
        }
        JsonObjectBuilder before = JSON.createObjectBuilder();
        JsonObjectBuilder after = JSON.createObjectBuilder();
        TreeSet<String> changed = new TreeSet<>();
        for (ChangeRecord change : changes.getChanges()) {
            String name = change.getAttribute();
            if (!audited(entity.getClass(), name)) {
                continue;
            }
            changed.add(name);
            put(before, entity.getClass(), name, oldValue(change));
            put(after, entity.getClass(), name, newValue(change));
        }
        if (changed.isEmpty()) {
            return;
        }
        String detail = JSON.createObjectBuilder().add("before", before).add("after", after).build().toString();
        write(AuditAction.UPDATE, entity, detail);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        Object entity = event.getObject();
        JsonObjectBuilder before = JSON.createObjectBuilder();
        for (DatabaseMapping mapping : mappingsOf(event.getDescriptor())) {
            if (audited(entity.getClass(), mapping.getAttributeName()) && !mapping.isCollectionMapping()) {
                put(before, entity.getClass(), mapping.getAttributeName(), value(mapping, entity));
            }
        }
        write(AuditAction.DELETE, entity, JSON.createObjectBuilder().add("before", before).build().toString());
    }

    /**
     * The detail of a new entity of this type with these attribute values (references as their ids), in the shape
     * {@link #postInsert} gives it: for writers that insert rows set-wise, next to EclipseLink, such as the exclusion
     * screening (issue 7). Version, id, ignored and redacted attributes are treated as here.
     */
    public static String createdDetail(Class<?> type, Map<String, ?> values) {
        JsonObjectBuilder after = JSON.createObjectBuilder();
        values.forEach((name, value) -> {
            if (audited(type, name)) {
                put(after, type, name, value);
            }
        });
        return JSON.createObjectBuilder().add("after", after).build().toString();
    }

    /** The detail of a change of one attribute, before → after, in the shape {@link #postUpdate} gives it. */
    public static String updatedDetail(Class<?> type, String attribute, Object before, Object after) {
        JsonObjectBuilder was = JSON.createObjectBuilder();
        JsonObjectBuilder is = JSON.createObjectBuilder();
        put(was, type, attribute, before);
        put(is, type, attribute, after);
        return JSON.createObjectBuilder().add("before", was).add("after", is).build().toString();
    }

    /** The record of a change to one entity, with the summary the descriptor events give it. */
    public static AuditRecord record(AuditAction action, Class<?> type, Object id, Long siteId, String detail) {
        String entityId = id == null ? null : String.valueOf(id);
        String name = type.getSimpleName();
        return new AuditRecord(action, name, entityId, siteId, action.name() + " " + name + " " + entityId, detail);
    }

    /**
     * A descriptor's mappings. Called reflectively because {@code ClassDescriptor.getMappings()} returns a
     * {@code Vector} in EclipseLink 4 (Payara 6) and a {@code List} in EclipseLink 5 (Payara 7): a direct call compiled
     * against one fails with {@code NoSuchMethodError} on the other, and the same WAR must run on both.
     */
    @SuppressWarnings("unchecked")
    private static Collection<DatabaseMapping> mappingsOf(ClassDescriptor descriptor) {
        try {
            return (Collection<DatabaseMapping>) GET_MAPPINGS.invoke(descriptor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("EclipseLink descriptor without mappings", e);
        }
    }

    private static ObjectChangeSet changeSet(DescriptorEvent event) {
        if (event.getChangeSet() != null) {
            return event.getChangeSet();
        }
        if (event.getQuery() instanceof WriteObjectQuery write) {
            return write.getObjectChangeSet();
        }
        return null;
    }

    private static void write(AuditAction action, Object entity, String detail) {
        Long siteId = entity instanceof SiteOwned owned ? owned.owningSiteId() : null;
        Long id = entity instanceof BaseEntity base ? base.getId() : null;
        AuditRecord record = record(action, entity.getClass(), id, siteId, detail);
        AuditWriter to = writer;
        if (to == null) {
            to = CDI.current().select(AuditWriter.class).get();
            writer = to;
        }
        to.write(record);
    }

    private static boolean audited(Class<?> type, String attribute) {
        return !"version".equals(attribute) && !"id".equals(attribute)
                && !annotated(type, attribute, AuditIgnored.class, IGNORED_FIELDS);
    }

    private static void put(JsonObjectBuilder json, Class<?> type, String name, Object value) {
        if (annotated(type, name, Redacted.class, REDACTED_FIELDS)) {
            json.add(name, REDACTED);
        } else if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, render(value));
        }
    }

    private static Object value(DatabaseMapping mapping, Object entity) {
        Object value = mapping.getRealAttributeValueFromObject(entity, null);
        if (mapping instanceof CollectionMapping && value instanceof Collection<?> items) {
            TreeSet<String> ids = new TreeSet<>();
            items.forEach(item -> ids.add(render(item)));
            return ids;
        }
        if (mapping instanceof ObjectReferenceMapping) {
            return value == null ? null : render(value);
        }
        return value;
    }

    private static Object oldValue(ChangeRecord change) {
        if (change instanceof DirectToFieldChangeRecord direct) {
            return direct.getOldValue();
        }
        if (change instanceof ObjectReferenceChangeRecord reference) {
            return reference.getOldValue();
        }
        if (change instanceof CollectionChangeRecord collection) {
            return "removed " + ids(collection.getRemoveObjectList());
        }
        return null;
    }

    private static Object newValue(ChangeRecord change) {
        if (change instanceof DirectToFieldChangeRecord direct) {
            return direct.getNewValue();
        }
        if (change instanceof ObjectReferenceChangeRecord reference) {
            return reference.getNewValue() == null ? null : reference.getNewValue().getId();
        }
        if (change instanceof CollectionChangeRecord collection) {
            return "added " + ids(collection.getAddObjectList());
        }
        return null;
    }

    private static TreeSet<String> ids(Map<?, ?> changeSets) {
        TreeSet<String> ids = new TreeSet<>();
        changeSets.keySet().forEach(key -> ids.add(render(key)));
        return ids;
    }

    private static String render(Object value) {
        if (value instanceof BaseEntity entity) {
            return String.valueOf(entity.getId());
        }
        if (value instanceof org.eclipse.persistence.sessions.changesets.ObjectChangeSet changeSet) {
            return String.valueOf(changeSet.getId());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return Objects.toString(value);
    }

    private static boolean annotated(Class<?> type, String attribute, Class<? extends java.lang.annotation.Annotation> marker,
            Map<String, Boolean> cache) {
        return cache.computeIfAbsent(type.getName() + "#" + attribute, key -> {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField(attribute);
                    return field.isAnnotationPresent(marker);
                } catch (NoSuchFieldException notHere) {
                    // look in the superclass
                }
            }
            return false;
        });
    }
}
