package org.ncii.events;

/** Who filed the report: the person shown, someone acting for them, or a helpline on their behalf. */
public enum ReporterRole {
    VICTIM, REPRESENTATIVE, HELPLINE
}
