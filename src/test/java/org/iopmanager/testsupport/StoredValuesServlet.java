package org.iopmanager.testsupport;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: every stored value of one field of one entity ({@code ?entity=Discipline&field=code}), as a
 * JSON array of strings (null kept), for the page forms whose records no REST route reads back (the settings lists).
 * Only names of the persistence unit's metamodel are taken, so the query is never built from free text.
 */
@WebServlet("/test-support/values")
@ServletSecurity(@HttpConstraint(rolesAllowed = "ADMIN"))
public class StoredValuesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String entity = request.getParameter("entity");
        String field = request.getParameter("field");
        boolean known = em.getMetamodel().getEntities().stream().anyMatch(type -> type.getName().equals(entity)
                && type.getAttributes().stream().anyMatch(attribute -> attribute.getName().equals(field)));
        if (!known) {
            response.sendError(400, "No such entity field");
            return;
        }
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Object value : em.createQuery("select e." + field + " from " + entity + " e order by e.id", Object.class)
                .getResultList()) {
            if (value == null) {
                values.addNull();
            } else {
                values.add(String.valueOf(value));
            }
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(values.build().toString());
    }
}
