package org.iopmanager.staff.control;

/** The outcome of one screening run: staff screened, how many may be excluded, how many matches are new. */
public record ScreeningSummary(Long runId, int screened, int possibleMatches, int newMatches) {
}
