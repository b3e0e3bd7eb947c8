package org.iopmanager.testsupport;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: what the database holds, for client tests that must see that a refused request left
 * nothing behind. {@code GET} answers the row count of every entity; with {@code type} and {@code id} (or {@code site}),
 * the audit lines of that record (or of that type at that site, or with {@code type} alone of every record of the type)
 * by action ({@code {"CREATE":1,"UPDATE":2}}).
 */
@WebServlet("/test-support/rows")
@ServletSecurity(@HttpConstraint(rolesAllowed = "ADMIN"))
public class RowCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder();
        String type = request.getParameter("type");
        if (type != null) {
            boolean bySite = request.getParameter("site") != null;
            boolean byId = request.getParameter("id") != null;
            var query = em.createQuery("select a.action, count(a) from AuditEntry a where a.entityType = :type"
                    + (bySite ? " and a.siteId = :site" : byId ? " and a.entityId = :id" : "") + " group by a.action",
                    Object[].class).setParameter("type", type);
            if (bySite) {
                query.setParameter("site", Long.valueOf(request.getParameter("site")));
            } else if (byId) {
                query.setParameter("id", request.getParameter("id"));
            }
            for (Object[] row : query.getResultList()) {
                json.add(String.valueOf(row[0]), ((Number) row[1]).longValue());
            }
        } else {
            // one statement for all tables (HostileInputIT asks before and after every refused create: one round trip,
            // not one per entity)
            var session = em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class).getServerSession();
            StringBuilder sql = new StringBuilder();
            java.util.List<String> names = new java.util.ArrayList<>();
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                if (!entity.getName().equals("AuditEntry")) {
                    String table = session.getClassDescriptor(entity.getJavaType()).getTableName();
                    sql.append(names.isEmpty() ? "" : " union all ").append("select ").append(names.size())
                            .append(", count(*) from ").append(table);
                    names.add(entity.getName());
                }
            }
            @SuppressWarnings("unchecked")
            java.util.List<Object[]> counts = em.createNativeQuery(sql.toString()).getResultList();
            java.util.Map<String, Long> byName = new java.util.TreeMap<>();
            for (Object[] row : counts) {
                byName.put(names.get(((Number) row[0]).intValue()), ((Number) row[1]).longValue());
            }
            byName.forEach(json::add);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }
}
