package org.iopmanager.platform.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * One text that is not an entity's but goes to the database all the same: a list page's search box. The rule of
 * {@link Storable} for it (no NUL or other control character but tab and line breaks, no half of a surrogate pair), so
 * that the box refuses such text beside it, as a form's field does, and keeps it as typed: PostgreSQL answers a NUL in
 * a query parameter with an error, and a page cannot show a NUL back (the lost page corpus found the search boxes of
 * the user list and the resource directory failing so).
 */
@Documented
@Constraint(validatedBy = StorableText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableText {

    String message() default "{app.text.unstorable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link StorableText}: null is fine. */
    class Validator implements ConstraintValidator<StorableText, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || StorableValidator.storable(text);
        }
    }
}
