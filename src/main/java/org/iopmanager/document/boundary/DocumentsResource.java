package org.iopmanager.document.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.iopmanager.document.entity.Document;

/**
 * Document metadata over HTTP, through the same facade and checks as the pages. Read-only: uploads belong
 * to the features that own the records (they check that owner and site belong together), and the bytes come
 * from {@code /documents/download}.
 */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    /** What the API shows of a document: its own shape, not the entity. */
    public record DocumentView(Long id, long version, Long siteId, String ownerType, Long ownerId, String name,
            String contentType, long sizeBytes, String sha256, String uploadedBy, String uploadedAt) {

        static DocumentView of(Document d) {
            return new DocumentView(d.getId(), d.getVersion(), d.getSiteId(), d.getOwnerType(), d.getOwnerId(),
                    d.getOriginalName(), d.getContentType(), d.getSizeBytes(), d.getSha256(), d.getUploadedBy(),
                    String.valueOf(d.getUploadedAt()));
        }
    }

    @Inject
    Documents documents;

    @GET
    public List<DocumentView> list(@QueryParam("ownerType") String ownerType, @QueryParam("ownerId") Long ownerId,
            @QueryParam("siteId") Long siteId) {
        return documents.list(ownerType, ownerId, siteId).stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{id}")
    public DocumentView get(@PathParam("id") Long id) {
        return DocumentView.of(documents.find(id));
    }
}
