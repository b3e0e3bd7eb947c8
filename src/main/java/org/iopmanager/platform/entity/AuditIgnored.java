package org.iopmanager.platform.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bookkeeping that has its own explicit audit event (failed-login counters, last login): the generic
 * before → after row would only repeat it. An update that touches nothing else writes no UPDATE row.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditIgnored {
}
