package org.iopmanager.platform.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bookkeeping that has its own explicit audit event (failed-login counters, last login): the generic
 * before → after row would only repeat it. An update that touches nothing else writes no UPDATE row.
 * <p>
 * On an entity class: a dependent row whose writes are already told by its owner's audit line (a document's
 * stored bytes, described by the document's size and SHA-256), so the change auditor leaves it out entirely.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface AuditIgnored {
}
