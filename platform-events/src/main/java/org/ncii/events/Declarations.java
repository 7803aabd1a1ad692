package org.ncii.events;

/**
 * The statements the reporter made under penalty of their own signature. All three must be true for a
 * report to be accepted; they travel with the notice because the legal bases require them.
 */
public record Declarations(boolean notConsented, boolean goodFaith, boolean accurate) {
}
