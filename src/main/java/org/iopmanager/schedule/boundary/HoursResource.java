package org.iopmanager.schedule.boundary;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.schedule.control.SiteCalendar;
import org.iopmanager.schedule.control.WeekReport;

/** Hours delivered against the weekly minimum, per participant, for one week of a site (this week by default). */
@Path("hours")
@Produces(MediaType.APPLICATION_JSON)
public class HoursResource {

    @Inject
    Hours hours;

    @GET
    public WeekReport week(@QueryParam("site") Long siteId, @QueryParam("week") String weekText) {
        if (siteId == null) {
            throw RuleViolation.onField("site", "schedule.site.required");
        }
        LocalDate week = date(weekText, "week");
        return hours.report(siteId, week == null ? hours.thisWeek(siteId) : SiteCalendar.weekOf(week));
    }

    /** A date parameter (null when absent); anything else is a field message. */
    static LocalDate date(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException notADate) {
            throw RuleViolation.onField(field, "schedule.date.invalid");
        }
    }
}
