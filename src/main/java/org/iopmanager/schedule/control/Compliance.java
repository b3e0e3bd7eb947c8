package org.iopmanager.schedule.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Track;
import org.iopmanager.treatment.control.CareStandard;

/**
 * A site's compliance with the weekly minimum over some weeks: the share of participant-weeks (each week an
 * episode was open at least one day) in which the participant attended at least the prorated minimum.
 */
public record Compliance(LocalDate fromWeek, LocalDate toWeek, int metWeeks, int participantWeeks) implements Serializable {

    /** An episode as the calculation needs it. */
    public record EpisodeSpan(Long episodeId, LevelOfCare levelOfCare, Track track, LocalDate admission, LocalDate discharge)
            implements Serializable {
    }

    /** The rate in percent (whole), or null when no participant-week falls in the range. */
    public Integer percent() {
        return participantWeeks == 0 ? null : (int) Math.floor(100.0 * metWeeks / participantWeeks);
    }

    /** For pages and JSON. */
    public Integer getPercent() {
        return percent();
    }

    /**
     * @param minutes attended minutes by episode id, then week (Monday)
     */
    public static Compliance of(LocalDate fromWeek, LocalDate toWeek, List<EpisodeSpan> episodes,
            Map<Long, Map<LocalDate, Integer>> minutes, CareStandard standard) {
        int met = 0;
        int total = 0;
        for (EpisodeSpan episode : episodes) {
            Map<LocalDate, Integer> byWeek = minutes.getOrDefault(episode.episodeId(), Map.of());
            for (LocalDate week = fromWeek; !week.isAfter(toWeek); week = week.plusWeeks(1)) {
                if (WeeklyHours.openDays(week, episode.admission(), episode.discharge()) == 0) {
                    continue;
                }
                int required = WeeklyHours.requiredMinutes(standard.weeklyMinimumMinutes(episode.levelOfCare(), episode.track()),
                        week, episode.admission(), episode.discharge());
                total++;
                if (byWeek.getOrDefault(week, 0) >= required) {
                    met++;
                }
            }
        }
        return new Compliance(fromWeek, toWeek, met, total);
    }
}
