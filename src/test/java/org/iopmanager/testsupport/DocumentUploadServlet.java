package org.iopmanager.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iopmanager.document.boundary.Documents;
import org.iopmanager.document.entity.Document;
import org.iopmanager.platform.control.NotFound;
import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.platform.web.Messages;

/**
 * Test deployments only, until a feature has an upload page: {@code POST} the raw file with {@code ownerType},
 * {@code ownerId}, {@code siteId} and {@code name} in the query string, and {@link Documents#attach} runs as the
 * signed-in user, with that user's role and sites. {@code GET} counts the rows of both document tables, so a
 * client test can see that a refused upload left nothing behind.
 */
@WebServlet("/test-support/documents")
public class DocumentUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Inject
    Messages messages;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InputStream body = request.getInputStream();
        try {
            Document document = documents.attach(request.getParameter("ownerType"), Long.valueOf(request.getParameter("ownerId")),
                    Long.valueOf(request.getParameter("siteId")), request.getParameter("name"), body);
            json(response, HttpServletResponse.SC_CREATED, Json.createObjectBuilder().add("id", document.getId())
                    .add("name", document.getOriginalName()).add("contentType", document.getContentType())
                    .add("sizeBytes", document.getSizeBytes()).add("sha256", document.getSha256()).build().toString());
        } catch (RuleViolation refused) {
            drain(body);
            json(response, HttpServletResponse.SC_BAD_REQUEST, Json.createObjectBuilder().add("field", refused.getField())
                    .add("message", messages.text(refused.getMessageKey(), refused.getArguments())).build().toString());
        } catch (NotFound notFound) {
            drain(body);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException | AccessLocalException notAllowed) {
            drain(body);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Number documentRows = (Number) em.createNativeQuery("select count(*) from document").getSingleResult();
        Number contentRows = (Number) em.createNativeQuery("select count(*) from document_content").getSingleResult();
        json(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("documents", documentRows.longValue())
                .add("contents", contentRows.longValue()).build().toString());
    }

    /** Reads what the facade left unread, so the client can finish sending and read the answer. */
    private static void drain(InputStream body) throws IOException {
        body.transferTo(OutputStream.nullOutputStream());
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
