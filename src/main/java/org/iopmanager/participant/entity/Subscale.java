package org.iopmanager.participant.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A sub-scale of an instrument scored on its own (the Brief Addiction Monitor's Use, Risk and Protective scores), at
 * position 1 to 3: a result keeps its score in the sub-score column of that position.
 */
@Embeddable
public class Subscale implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_COUNT = 3;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = SeverityBand.LABEL_MAX)
    private String name;

    @Column(name = "min_score", nullable = false)
    private int minScore;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    public Subscale() {
    }

    public Subscale(int position, String name, int minScore, int maxScore) {
        this.position = position;
        this.name = name;
        this.minScore = minScore;
        this.maxScore = maxScore;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getMinScore() {
        return minScore;
    }

    public int getMaxScore() {
        return maxScore;
    }

    @Override
    public String toString() {
        return position + ":" + name + " " + minScore + "-" + maxScore;
    }
}
