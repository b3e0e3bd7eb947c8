package org.iopmanager.staff.boundary;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.platform.control.NotFound;
import org.iopmanager.staff.control.LeieImport;
import org.iopmanager.staff.control.ScreeningSummary;
import org.iopmanager.staff.entity.ExclusionList;
import org.iopmanager.staff.entity.MatchStatus;

/**
 * Exclusion screening over HTTP, so that the monthly LEIE file can be imported and screened by a scheduled
 * script: {@code POST lists?name=…} with the CSV as the body, {@code POST screenings}, then the review queue.
 * The facade checks roles as for the page.
 */
@Path("exclusions")
@Produces(MediaType.APPLICATION_JSON)
public class ExclusionsResource {

    @Inject
    Exclusions exclusions;

    public record ListView(Long id, String source, String fileName, String sha256, Instant importedAt, String importedBy,
            int rows, int skippedLines, boolean current) {

        static ListView of(ExclusionList list) {
            return new ListView(list.getId(), list.getSource().name(), list.getFileName(), list.getSha256(),
                    list.getImportedAt(), list.getImportedBy(), list.getRowCount(), list.getErrorCount(), list.isCurrent());
        }
    }

    public record ImportView(ListView list, List<String> skipped) {
    }

    public record Review(long version, String reason) {
    }

    public record Reviewed(Long id, MatchStatus status) {
    }

    @GET
    @Path("lists/current")
    public ListView current() {
        ExclusionList list = exclusions.current();
        if (list == null) {
            throw new NotFound("ExclusionList", "current");
        }
        return ListView.of(list);
    }

    @POST
    @Path("lists")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ImportView importList(@QueryParam("name") @DefaultValue("LEIE.csv") String name, InputStream content) {
        LeieImport done = exclusions.importLeie(name, content);
        return new ImportView(ListView.of(done.list()),
                done.problems().stream().map(p -> p.line() + ": " + p.reason() + (p.detail() == null ? "" : " " + p.detail()))
                        .toList());
    }

    @POST
    @Path("screenings")
    public ScreeningSummary screen() {
        return exclusions.screenAll();
    }

    @GET
    @Path("matches")
    public List<MatchRow> matches(@QueryParam("status") @DefaultValue("OPEN") MatchStatus status,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return exclusions.matches(status, Math.max(0, first), Math.min(Math.max(1, max), 500));
    }

    @POST
    @Path("matches/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Reviewed confirm(@PathParam("id") Long id, Review review) {
        return new Reviewed(id, exclusions.confirm(id, review.version(), review.reason()).getStatus());
    }

    @POST
    @Path("matches/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Reviewed dismiss(@PathParam("id") Long id, Review review) {
        return new Reviewed(id, exclusions.dismiss(id, review.version(), review.reason()).getStatus());
    }
}
