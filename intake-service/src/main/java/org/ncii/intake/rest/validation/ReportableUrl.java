package org.ncii.intake.rest.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.ncii.intake.ContentUrl;

/** A URL intake can report: see {@link ContentUrl}. The message says what is wrong, never the URL itself. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReportableUrl.Check.class)
public @interface ReportableUrl {
    String message() default "is not a reportable URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ReportableUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            ContentUrl.Parsed parsed = ContentUrl.parse(value);
            if (parsed.valid()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(parsed.problem()).addConstraintViolation();
            return false;
        }
    }
}
