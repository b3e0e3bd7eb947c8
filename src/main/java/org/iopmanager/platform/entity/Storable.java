package org.iopmanager.platform.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Every text and date of the entity can be stored and shown back exactly: no text with a NUL or another control
 * character (tab and line breaks are fine) or half of a UTF-16 surrogate pair, no date before 1800 or after 9999.
 * Before, PostgreSQL refused a NUL with a server error, a lone surrogate came back as "?", and the year 0 came back
 * as the year 1 (the bad-input corpus of HostileInputIT found them). Each refusal names its field.
 */
@Documented
@Constraint(validatedBy = StorableValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Storable {

    String message() default "{app.text.unstorable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
