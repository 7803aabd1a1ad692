package org.ncii.intake.rest.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.ncii.intake.rest.HashBody;

/** A hash value of the length its algorithm produces, in hex: PDQ and SHA-256 64 digits, MD5 32. */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HashMatchesAlgorithm.Check.class)
public @interface HashMatchesAlgorithm {
    String message() default "does not match the algorithm";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<HashMatchesAlgorithm, HashBody> {
        @Override
        public boolean isValid(HashBody hash, ConstraintValidatorContext context) {
            if (hash == null || hash.algorithm() == null || hash.value() == null) {
                return true;
            }
            int digits = switch (hash.algorithm()) {
                case PDQ, SHA256 -> 64;
                case MD5 -> 32;
            };
            if (hash.value().matches("[0-9a-fA-F]{" + digits + "}")) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be " + digits + " hex digits for " + hash.algorithm())
                    .addPropertyNode("value").addConstraintViolation();
            return false;
        }
    }
}
