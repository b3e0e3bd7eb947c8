package org.iopmanager.participant.entity;

/**
 * Fired, inside the discharge's transaction, when an episode of care is discharged: features that hang off an episode
 * (treatment plans) close their part with it, without the participant feature depending on them.
 */
public record EpisodeDischarged(Long episodeId) {
}
