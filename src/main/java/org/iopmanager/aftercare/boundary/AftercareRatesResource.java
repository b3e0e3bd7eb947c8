package org.iopmanager.aftercare.boundary;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;


/** Follow-up and referral completion rates per site and month of discharge: {@code ?site=&from=yyyy-mm&to=yyyy-mm} (site optional: all yours). */
@Path("aftercare/rates")
@Produces(MediaType.APPLICATION_JSON)
public class AftercareRatesResource {

    @Inject
    AftercareRates rates;

    public record RateView(long siteId, String siteName, String month, long discharges, long reachedWithin7,
            long reachedWithin30, long alumni, Integer percentWithin7, Integer percentWithin30, Integer percentAlumni,
            long referred, long referralsAttended, Integer percentReferralsCompleted) {

        static RateView of(AftercareRatesRow r) {
            return new RateView(r.siteId(), r.siteName(), r.month().toString(), r.discharges(), r.reachedWithin7(),
                    r.reachedWithin30(), r.alumni(), r.percentWithin7(), r.percentWithin30(), r.percentAlumni(),
                    r.referred(), r.referralsAttended(), r.percentReferralsCompleted());
        }
    }

    @GET
    public List<RateView> rates(@QueryParam("site") Long siteId, @QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth end = month(to, YearMonth.now());
        YearMonth start = month(from, end == null ? YearMonth.now().minusMonths(11) : end.minusMonths(11));
        return rates.rates(siteId, start, end).stream().map(RateView::of).toList();
    }

    /** Blank: the default; not a month: null, which the service refuses after its access check (403 comes first). */
    private static YearMonth month(String text, YearMonth otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
