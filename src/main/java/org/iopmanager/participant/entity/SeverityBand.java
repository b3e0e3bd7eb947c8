package org.iopmanager.participant.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A severity band of an instrument: it starts at its lower bound and runs up to the next band's. */
@Embeddable
public class SeverityBand implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_MAX = 60;

    @Column(name = "lower_bound", nullable = false)
    private int lowerBound;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    public SeverityBand() {
    }

    public SeverityBand(int lowerBound, String label) {
        this.lowerBound = lowerBound;
        this.label = label;
    }

    public int getLowerBound() {
        return lowerBound;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public String toString() {
        return lowerBound + ":" + label;
    }
}
