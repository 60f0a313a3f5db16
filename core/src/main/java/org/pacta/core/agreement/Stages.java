package org.pacta.core.agreement;

import java.util.List;

/** The stages of an agreement's life, in order; a status is the furthest stage reached. */
public final class Stages {

    public static final String SIGNED = "signed";
    public static final String ADOPTED = "adopted";

    private static final List<List<String>> ORDER = List.of(
            List.of("negotiating"), List.of("initialled"), List.of(ADOPTED), List.of(SIGNED),
            List.of("approved in first reading"), List.of("ratified"), List.of("in force"),
            List.of("terminated", "withdrawn", "suspended"));

    private Stages() {
    }

    /** How far along a stage is (negotiating 0 … terminated 7); -1 for an unknown label. */
    public static int rank(String stage) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).contains(stage)) {
                return i;
            }
        }
        return -1;
    }
}
