package org.iopmanager.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * The WAR is distributable: Payara writes each session (with its view-scoped beans) to the cluster's store after a
 * request, and a bean that cannot be written loses the open form on failover, with a "Cannot serialize session
 * attribute" warning in the log. Every field of a view- or session-scoped bean must be transient, or hold a serializable
 * value, or be an injected proxy (of a normal-scoped bean or an EJB, which the container makes serializable).
 */
class ViewStateSerializableTest {

    @Test
    void everyFieldOfAViewOrSessionScopedBeanCanBeWritten() throws Exception {
        List<Class<?>> beans = beans();
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                        continue;
                    }
                    String problem = field.isAnnotationPresent(Inject.class) ? injected(field) : held(field.getGenericType());
                    if (problem != null) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + ": " + problem);
                    }
                }
            }
        }
        assertThat(beans).as("the view-scoped beans found").hasSizeGreaterThan(30);
        assertThat(new org.iopmanager.platform.control.ClockProducer().clock()).isInstanceOf(Serializable.class);
        assertThat(problems).isEmpty();
    }

    private static String injected(Field field) {
        Class<?> type = field.getType();
        if (type == java.time.Clock.class) {
            // produced by ClockProducer as Clock.systemUTC(), which is Serializable (checked below)
            return null;
        }
        if (type.isInterface() && (type.getName().startsWith("jakarta.") || type.getName().startsWith("org.eclipse.microprofile."))) {
            return null; // container-provided (Instance, Event, Principal, Config...): proxies the container serializes
        }
        for (Class<? extends java.lang.annotation.Annotation> scope : List.of(ApplicationScoped.class, RequestScoped.class,
                SessionScoped.class, ViewScoped.class, Stateless.class, Singleton.class)) {
            if (type.isAnnotationPresent(scope)) {
                return null;
            }
        }
        return Serializable.class.isAssignableFrom(type) ? null : "injects " + type.getName()
                + " (dependent, not serializable): make the field transient or the bean normal-scoped";
    }

    private static String held(Type type) {
        return held(type, new java.util.HashSet<>());
    }

    /** A value of {@code type} can be written: it is Serializable, and so is every field of ours it holds. */
    private static String held(Type type, java.util.Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return held(c.getComponentType(), seen);
            }
            if (c.isPrimitive() || c.isEnum() || c == Object.class || c.isInterface() && isCollection(c)) {
                // Object: what it holds is only known when it runs (message arguments: strings, dates, numbers)
                return null;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                return "holds " + c.getName() + ", which is not Serializable";
            }
            if (!c.getName().startsWith("org.iopmanager.") || !seen.add(c)) {
                return null;
            }
            for (Class<?> k = c; k != null && k.getName().startsWith("org.iopmanager."); k = k.getSuperclass()) {
                for (Field field : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                        String problem = held(field.getGenericType(), seen);
                        if (problem != null) {
                            return problem + " (in " + c.getSimpleName() + "." + field.getName() + ")";
                        }
                    }
                }
            }
            return null;
        }
        if (type instanceof ParameterizedType generic) {
            String problem = held(generic.getRawType(), seen);
            if (problem != null) {
                return problem;
            }
            for (Type argument : generic.getActualTypeArguments()) {
                problem = held(argument, seen);
                if (problem != null) {
                    return problem + " (in " + generic.getTypeName() + ")";
                }
            }
            return null;
        }
        if (type instanceof java.lang.reflect.GenericArrayType array) {
            return held(array.getGenericComponentType(), seen);
        }
        return null; // a type variable or wildcard: nothing to check here
    }

    private static boolean isCollection(Class<?> c) {
        return Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) || c == Optional.class;
    }

    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ViewStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }
}
