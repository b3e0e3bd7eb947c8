package org.iopmanager.treatment.control;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.participant.entity.LevelOfCare;
import org.iopmanager.participant.entity.Track;

/**
 * What a site asks of care at each level: the weekly minutes of therapy a level of care needs (ASAM 2.1 intensive
 * outpatient: 9 hours a week for adults, 6 for adolescents; 2.5: 20 hours), how soon after admission the first
 * treatment plan is due and how often a plan is reviewed. Minutes, not hours, so that 7.5 hours is exact.
 * Treatment plans compare their planned hours with it, the schedule its delivered hours.
 */
public record CareStandard(int firstPlanDays, int reviewDays, int asam21AdultMinutes, int asam21AdolescentMinutes,
        int asam25Minutes, int asam10Minutes) implements Serializable {

    /** The provider-wide defaults (ASAM criteria, and a first plan within 7 days, reviews every 30). */
    public static final CareStandard DEFAULT = new CareStandard(7, 30, 540, 360, 1200, 0);

    public CareStandard {
        requireDays(firstPlanDays);
        requireDays(reviewDays);
        requireMinutes(asam21AdultMinutes);
        requireMinutes(asam21AdolescentMinutes);
        requireMinutes(asam25Minutes);
        requireMinutes(asam10Minutes);
    }

    /** Weekly minutes the level of care needs; adolescents are those on the adolescent track. */
    public int weeklyMinimumMinutes(LevelOfCare level, Track track) {
        return switch (level) {
            case ASAM_2_1 -> track == Track.ADOLESCENT_IOP ? asam21AdolescentMinutes : asam21AdultMinutes;
            case ASAM_2_5 -> asam25Minutes;
            case ASAM_1_0 -> asam10Minutes;
        };
    }

    /** Whether {@code minutes} a week fall short of the level's minimum. */
    public boolean isShort(int minutes, LevelOfCare level, Track track) {
        return minutes < weeklyMinimumMinutes(level, track);
    }

    /** The last day the first plan may be written: admission day plus the site's days (day 0 is admission). */
    public LocalDate firstPlanDue(LocalDate admission) {
        return admission.plusDays(firstPlanDays);
    }

    /** The day a plan signed (or last reviewed) on {@code from} is due for review. */
    public LocalDate reviewDue(LocalDate from) {
        return from.plusDays(reviewDays);
    }

    private static void requireDays(int days) {
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
    }

    private static void requireMinutes(int minutes) {
        if (minutes < 0 || minutes > 40 * 60) {
            throw new IllegalArgumentException("weekly minutes out of range: " + minutes);
        }
    }
}
