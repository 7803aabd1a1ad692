package org.ncii.takedown.hashbank;

/** An earlier case holding the same content as a new one, by its closest hash pair. */
public record PriorMatch(String caseRef, String algorithm, int distance) {

    /** What caseworkers read on the new case's timeline. */
    public String describe() {
        return "matches case " + caseRef + " (" + algorithm + (algorithm.equals("PDQ") ? ", distance " + distance : ", exact")
                + ")";
    }
}
