package org.iopmanager.aftercare.boundary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.aftercare.control.ConsentStatement;
import org.iopmanager.aftercare.entity.Disclosure;
import org.iopmanager.audit.boundary.AuditLog;
import org.iopmanager.audit.entity.AuditAction;
import org.iopmanager.document.control.FileResponses;
import org.iopmanager.participant.control.ViewAudit;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.reporting.control.TableExport;
import org.iopmanager.security.control.SiteScope;
import org.iopmanager.security.entity.Role;

/**
 * The accounting of disclosures of a participant (42 CFR §2.24/§2.25): every disclosure made, when, to whom, what and
 * under which consent; on screen, and as a CSV or PDF the participant can be given on request (the printing is
 * audited as an export).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SITE_ADMIN_NAME, Role.CLINICIAN_NAME, Role.AUDITOR_NAME})
public class Disclosures {

    private static final String BUNDLE = "org.iopmanager.i18n.messages";
    private static final int EXPORT_MAX = 10_000;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    SiteScope siteScope;

    @Inject
    ViewAudit viewAudit;

    @Inject
    AuditLog auditLog;

    /** A page of a participant's disclosures, newest first (the consent fetched with them). */
    public List<Disclosure> ofParticipant(Long participantId, int first, int pageSize) {
        Participant participant = participant(participantId);
        viewAudit.viewed("Participant", participant.getId(), participant.owningSiteId(),
                "Viewed the accounting of disclosures of participant " + participant.getId());
        return em.createQuery("select d from Disclosure d left join fetch d.consent where d.participantId = :p "
                + "order by d.disclosedAt desc, d.id desc", Disclosure.class).setParameter("p", participant.getId())
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(Long participantId) {
        Participant participant = participant(participantId);
        return em.createQuery("select count(d) from Disclosure d where d.participantId = :p", Long.class)
                .setParameter("p", participant.getId()).getSingleResult();
    }

    /** The time zone of the participant's site, in which the page shows the disclosures' times. */
    public String zoneOf(Long participantId) {
        return participant(participantId).getSite().getTimeZone();
    }

    /** The accounting as a file for the participant (CSV or PDF); audited as an export. */
    public FileResponses.File accounting(Long participantId, TableExport.Format format, Locale locale) {
        Participant participant = participant(participantId);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale);
        ZoneId zone = participant.getSite().zone();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '('VV')'").withZone(zone);
        List<Disclosure> rows = em.createQuery("select d from Disclosure d left join fetch d.consent where d.participantId = :p "
                + "order by d.disclosedAt, d.id", Disclosure.class).setParameter("p", participant.getId())
                .setMaxResults(EXPORT_MAX).getResultList();
        List<String> header = List.of(bundle.getString("aftercare.disclosure.at"), bundle.getString("aftercare.disclosure.recipient"),
                bundle.getString("aftercare.disclosure.categories"), bundle.getString("aftercare.disclosure.consent"),
                bundle.getString("aftercare.disclosure.by"));
        List<List<String>> cells = rows.stream().map(d -> List.of(when.format(d.getDisclosedAt()), d.getRecipient(),
                ConsentStatement.categories(d.getCategories(), bundle), d.getConsentStatement(), d.getDisclosedBy())).toList();
        String title = java.text.MessageFormat.format(bundle.getString("aftercare.accounting.title"),
                participant.getFirstName() + " " + participant.getLastName(), participant.getRecordNumber());
        byte[] content = TableExport.bytes(format, title, header, cells);
        auditLog.record(AuditAction.EXPORT, "Participant", participant.getId(), participant.owningSiteId(),
                "Accounting of disclosures printed (" + format + ", " + rows.size() + " rows)");
        return new FileResponses.File(format.contentType(), "disclosures-" + participant.getRecordNumber() + "."
                + format.extension(), content);
    }

    private Participant participant(Long id) {
        return siteScope.check(id == null ? null : em.find(Participant.class, id), id);
    }
}
