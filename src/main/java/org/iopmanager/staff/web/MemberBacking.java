package org.iopmanager.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.audit.entity.AuditEntry;
import org.iopmanager.platform.control.OneTransaction;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.web.MenuBacking;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.control.SiteChoice;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.boundary.Clearances;
import org.iopmanager.staff.boundary.Credentialing;
import org.iopmanager.staff.boundary.Credentials;
import org.iopmanager.staff.boundary.StaffLinks;
import org.iopmanager.staff.boundary.StaffMembers;
import org.iopmanager.staff.boundary.Verifications;
import org.iopmanager.staff.control.Clearance;
import org.iopmanager.staff.control.CredentialStatusRule;
import org.iopmanager.staff.control.DisciplineChoice;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialStatus;
import org.iopmanager.staff.entity.CredentialingDecision;
import org.iopmanager.staff.entity.CredentialingState;
import org.iopmanager.staff.entity.EmploymentStatus;
import org.iopmanager.staff.entity.StaffMember;
import org.iopmanager.staff.entity.Verification;

/**
 * A staff member's credential file: details (create or edit, with a reason), clearance per service, credentials
 * with their verifications, decisions and the change history. Forms for a credential, a verification and a
 * decision open on the same page; each keeps its input when the service refuses it.
 */
@Named("member")
@ViewScoped
public class MemberBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_MAX = 200;

    @Inject
    StaffMembers staffMembers;

    @Inject
    Credentials credentials;

    @Inject
    Verifications verifications;

    @Inject
    Credentialing credentialing;

    @Inject
    Clearances clearances;

    @Inject
    Sites sites;

    @Inject
    org.iopmanager.staff.boundary.Supervision supervision;

    @Inject
    org.iopmanager.staff.boundary.Exclusions exclusions;

    @Inject
    CredentialStatusRule rule;

    @Inject
    VerifyBacking verify;

    @Inject
    MenuBacking menu;

    @Inject
    Actions actions;

    @Inject
    OneTransaction oneTransaction;

    @Inject
    Messages messages;

    private Long id;
    private StaffMember staff;
    private final Links links = new Links();
    private String reason;
    /*
     * The sections' lists are not kept in the view: the session (distributable) is written to the cluster's store after
     * every request, and these rows were most of a staff member view's weight (issue 7). They stay in memory between
     * requests and are read again only where the session was restored from the store (another node, a restart).
     */
    private transient List<Credential> credentialList;
    private transient List<Verification> verificationList;
    private transient java.util.Map<Long, List<org.iopmanager.document.entity.Document>> evidence;
    private List<SupervisorChoice> supervisorChoices;
    private List<DisciplineChoice> disciplineChoices;
    private LocalDate today;
    private transient List<CredentialingDecision> decisions;
    /**
     * Not kept in the view: up to 200 audit lines with their details, read and written with the replicated session on
     * every later request of the user (benchmark, issue 7). Read again when a request shows them.
     */
    private transient List<AuditEntry> history;
    private transient List<org.iopmanager.staff.boundary.ScreeningRow> screenings;
    private transient List<org.iopmanager.staff.entity.SupervisedHours> supervisedLog;
    private java.math.BigDecimal supervisedTotal = java.math.BigDecimal.ZERO;
    private org.iopmanager.staff.entity.SupervisedHours hoursDraft = new org.iopmanager.staff.entity.SupervisedHours();
    private Long clearanceSiteId;
    private LocalDate clearanceDay;
    private List<Clearance> clearanceList = List.of();
    private Credential credentialDraft;
    private Long credentialTypeId;
    private String credentialReason;
    private transient org.primefaces.model.file.UploadedFile credentialFile;
    private List<org.iopmanager.document.entity.Document> credentialDocuments = List.of();
    private CredentialingDecision decisionDraft;
    private String decisionReason;
    /** Not kept in the view: read again in each request that shows it (see {@code Sites.visible()}). */
    private transient List<SiteChoice> siteChoices;

    public void load() {
        actions.loadOrNotFound(this::loadStaff);
    }

    private void loadStaff() {
        if (id == null) {
            staff = new StaffMember();
            staff.setEmploymentStatus(EmploymentStatus.ACTIVE);
            return;
        }
        oneTransaction.run(() -> {
            staff = staffMembers.find(id);
            links.of(staff);
            readSections();
        });
    }

    private void refresh() {
        oneTransaction.run(() -> {
            staff = staffMembers.find(staff.getId());
            readSections();
        });
    }

    /** Everything the page shows of {@link #staff}, in the caller's transaction (the member found once). */
    private void readSections() {
        readLists();
        history = staffMembers.history(staff.getId(), HISTORY_MAX);
        supervisedTotal = supervision.total(staff.getId());
        today = credentials.todayFor(staff);
        if (clearanceSiteId == null || !staff.worksAt(clearanceSiteId)) {
            clearanceSiteId = firstVisibleSite();
        }
        if (clearanceDay == null) {
            clearanceDay = getToday();
        }
        clearanceList = clearances.overview(staff.getId(), clearanceSiteId, clearanceDay);
    }

    /** The sections' rows of {@link #staff}, in the caller's transaction. */
    private void readLists() {
        credentialList = credentials.forStaff(staff.getId());
        verificationList = verifications.forStaff(staff.getId());
        evidence = verifications.evidenceFor(staff.getId());
        decisions = credentialing.decisions(staff.getId());
        screenings = exclusions.screeningsFor(staff.getId());
        supervisedLog = supervision.logOf(staff.getId());
    }

    /** Reads the sections' rows again where this view was restored without them (see the fields). */
    private void lists() {
        if (credentialList != null) {
            return;
        }
        if (staff == null || staff.isNew()) {
            credentialList = List.of();
            verificationList = List.of();
            evidence = java.util.Map.of();
            decisions = List.of();
            screenings = List.of();
            supervisedLog = List.of();
            return;
        }
        oneTransaction.run(this::readLists);
    }

    public String save() {
        boolean created = staff.isNew();
        boolean ok = actions.attemptOnceIf(created, "form", () -> staff = created
                ? staffMembers.create(staff, links.toLinks(), reason)
                : staffMembers.update(staff.getId(), staff.getVersion(), staff, links.toLinks(), reason));
        if (!ok) {
            return null;
        }
        messages.info(created ? "staff.created" : "app.saved", staff.getFullName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/member?faces-redirect=true&id=" + staff.getId();
    }

    public void deactivate() {
        if (actions.attempt("form", () -> staff = staffMembers.deactivate(staff.getId(), staff.getVersion(),
                staff.getEmploymentEnd(), reason))) {
            messages.info("staff.deactivated", staff.getFullName());
            reason = null;
            refresh();
        }
    }

    public void reactivate() {
        if (actions.attempt("form", () -> staff = staffMembers.reactivate(staff.getId(), staff.getVersion(), reason))) {
            messages.info("staff.reactivated", staff.getFullName());
            reason = null;
            refresh();
        }
    }

    public void checkClearance() {
        if (actions.attempt("clearance", () -> clearanceList = clearances.overview(staff.getId(), clearanceSiteId, clearanceDay))) {
            return;
        }
        clearanceList = List.of();
    }

    public void newCredential() {
        credentialDraft = new Credential();
        credentialTypeId = null;
        credentialReason = null;
    }

    public void editCredential(Credential credential) {
        credentialDraft = credential;
        credentialDocuments = credentials.documentsOf(credential.getId());
        credentialTypeId = credential.getType().getId();
        credentialReason = null;
    }

    public void saveCredential() {
        boolean created = credentialDraft.isNew();
        if (actions.attemptOnceIf(created, "credential", () -> credentialDraft = created
                ? credentials.add(staff.getId(), credentialDraft, credentialTypeId, credentialReason)
                : credentials.update(credentialDraft.getId(), credentialDraft.getVersion(), credentialDraft, credentialTypeId,
                        credentialReason))) {
            messages.info("credential.saved", credentialDraft.getNumber());
            credentialDraft = null;
            refresh();
        }
    }

    public void deactivateCredential() {
        if (actions.attempt("credential", () -> credentials.deactivate(credentialDraft.getId(), credentialDraft.getVersion(),
                credentialReason))) {
            messages.info("credential.deactivated", credentialDraft.getNumber());
            credentialDraft = null;
            refresh();
        }
    }

    /** Attaches the chosen file (same rules as every upload) to the credential being edited. */
    public void uploadCredentialFile() {
        org.primefaces.model.file.UploadedFile chosen = credentialFile;
        credentialFile = null;
        if (actions.attemptOnce("credential", () -> attach(chosen))) {
            messages.info("evidence.uploaded", chosen.getFileName());
            credentialDocuments = credentials.documentsOf(credentialDraft.getId());
        }
    }

    private void attach(org.primefaces.model.file.UploadedFile chosen) {
        boolean hasFile = chosen != null && chosen.getSize() > 0;
        try (java.io.InputStream content = hasFile ? chosen.getInputStream() : null) {
            credentials.attach(credentialDraft.getId(), hasFile ? chosen.getFileName() : null, content);
        } catch (java.io.IOException unreadable) {
            throw org.iopmanager.platform.control.RuleViolation.onField("file", "document.file.unreadable");
        }
    }

    public org.primefaces.model.file.UploadedFile getCredentialFile() {
        return credentialFile;
    }

    public void setCredentialFile(org.primefaces.model.file.UploadedFile credentialFile) {
        this.credentialFile = credentialFile;
    }

    public List<org.iopmanager.document.entity.Document> getCredentialDocuments() {
        return credentialDocuments;
    }

    public void cancelCredential() {
        credentialDraft = null;
    }

    public void openVerification(Credential credential) {
        verify.open(credential);
    }

    /** Called by the shared verification form. */
    public void recordVerification() {
        if (verify.record()) {
            refresh();
        }
    }

    public void logHours() {
        if (actions.attemptOnce("supervision", () -> supervision.log(staff.getId(), hoursDraft))) {
            messages.info("hours.logged", hoursDraft.getHours());
            hoursDraft = new org.iopmanager.staff.entity.SupervisedHours();
            refresh();
        }
    }

    /** Associates (a supervised credential) and anyone with a supervisor or logged hours show the supervision log. */
    public boolean isSupervised() {
        return staff.getSupervisor() != null || !getSupervisedLog().isEmpty()
                || getCredentials().stream().anyMatch(c -> c.isActive() && c.getType().isSupervised());
    }

    public List<org.iopmanager.staff.entity.SupervisedHours> getSupervisedLog() {
        lists();
        return supervisedLog;
    }

    public java.math.BigDecimal getSupervisedTotal() {
        return supervisedTotal;
    }

    public org.iopmanager.staff.entity.SupervisedHours getHoursDraft() {
        return hoursDraft;
    }

    public void newDecision() {
        decisionDraft = new CredentialingDecision();
        decisionDraft.setDecidedOn(getToday());
        decisionReason = null;
    }

    public void saveDecision() {
        if (actions.attemptOnce("decision", () -> credentialing.decide(staff.getId(), staff.getVersion(), decisionDraft,
                decisionReason))) {
            messages.info("decision.saved");
            decisionDraft = null;
            refresh();
        }
    }

    /** The practitioner was told of the decision today. */
    public void markNotified(CredentialingDecision decision) {
        if (actions.attempt("decision", () -> credentialing.notified(decision.getId(), decision.getVersion(), getToday()))) {
            messages.info("decision.notified");
            refresh();
        }
    }

    public void cancelDecision() {
        decisionDraft = null;
    }

    /** The day at the holder's home site, read once per load: every status on the page is judged by it. */
    public LocalDate getToday() {
        if (today == null) {
            today = credentials.todayFor(staff);
        }
        return today;
    }

    /** The home site when the caller may see it, else the first of the person's sites the caller sees. */
    private Long firstVisibleSite() {
        java.util.Set<Long> visible = new java.util.HashSet<>();
        getSiteChoices().forEach(site -> visible.add(site.getId()));
        if (visible.contains(staff.getHomeSite().getId())) {
            return staff.getHomeSite().getId();
        }
        return staff.getSites().stream().map(Site::getId).filter(visible::contains).findFirst()
                .orElse(staff.getHomeSite().getId());
    }

    public List<org.iopmanager.document.entity.Document> evidenceOf(Verification verification) {
        lists();
        return evidence.getOrDefault(verification.getId(), List.of());
    }

    public CredentialStatus statusOf(Credential credential) {
        return credential.statusOn(rule, getToday());
    }

    public CredentialingState getCredentialingState() {
        return staff.credentialingOn(getToday());
    }

    public LocalDate notifyBy(CredentialingDecision decision) {
        return credentialing.cycle().notifyBy(decision.getDecidedOn());
    }

    public String reasonText(Clearance.Reason clearanceReason) {
        return messages.text(clearanceReason.key(), localise(clearanceReason.arguments()));
    }

    private Object[] localise(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                shown[i] = messages.text(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
            } else if (shown[i] == null) {
                shown[i] = "—";
            }
        }
        return shown;
    }

    public List<SiteChoice> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.choices();
        }
        return siteChoices;
    }

    public List<DisciplineChoice> getDisciplines() {
        if (disciplineChoices == null) {
            disciplineChoices = staffMembers.disciplines();
        }
        return disciplineChoices;
    }

    /**
     * Active staff, once per view; the current supervisor stays a choice even if no longer among them. Kept as id and
     * name only: up to 500 staff members with their relations in the view were read and written with the replicated
     * session on every later request of the user (benchmark, issue 7).
     */
    public List<SupervisorChoice> getSupervisors() {
        if (supervisorChoices == null) {
            List<StaffMember> found = new ArrayList<>(staffMembers.supervisors());
            found.removeIf(candidate -> candidate.equals(staff));
            if (staff.getSupervisor() != null && !found.contains(staff.getSupervisor())) {
                found.add(0, staff.getSupervisor());
            }
            supervisorChoices = found.stream().map(SupervisorChoice::of).toList();
        }
        return supervisorChoices;
    }

    /** A supervisor offered in the choice: what the choice shows. */
    public static final class SupervisorChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final String lastName;
        private final String firstName;

        private SupervisorChoice(Long id, String lastName, String firstName) {
            this.id = id;
            this.lastName = lastName;
            this.firstName = firstName;
        }

        static SupervisorChoice of(StaffMember member) {
            return new SupervisorChoice(member.getId(), member.getLastName(), member.getFirstName());
        }

        public Long getId() {
            return id;
        }

        public String getLastName() {
            return lastName;
        }

        public String getFirstName() {
            return firstName;
        }
    }

    public boolean isEditor() {
        return menu.isCredentialingEditor();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public Links getLinks() {
        return links;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Credential> getCredentials() {
        lists();
        return credentialList;
    }

    public List<Verification> getVerifications() {
        lists();
        return verificationList;
    }

    public List<CredentialingDecision> getDecisions() {
        lists();
        return decisions;
    }

    public List<org.iopmanager.staff.boundary.ScreeningRow> getScreenings() {
        lists();
        return screenings;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = staff == null || staff.isNew() ? List.of() : staffMembers.history(staff.getId(), HISTORY_MAX);
        }
        return history;
    }

    public Long getClearanceSiteId() {
        return clearanceSiteId;
    }

    public void setClearanceSiteId(Long clearanceSiteId) {
        this.clearanceSiteId = clearanceSiteId;
    }

    public LocalDate getClearanceDay() {
        return clearanceDay;
    }

    public void setClearanceDay(LocalDate clearanceDay) {
        this.clearanceDay = clearanceDay;
    }

    public List<Clearance> getClearances() {
        return clearanceList;
    }

    public Credential getCredentialDraft() {
        return credentialDraft;
    }

    public Long getCredentialTypeId() {
        return credentialTypeId;
    }

    public void setCredentialTypeId(Long credentialTypeId) {
        this.credentialTypeId = credentialTypeId;
    }

    public String getCredentialReason() {
        return credentialReason;
    }

    public void setCredentialReason(String credentialReason) {
        this.credentialReason = credentialReason;
    }

    public CredentialingDecision getDecisionDraft() {
        return decisionDraft;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    /** The relations as ids, which the form's selects bind to. */
    public static class Links implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long disciplineId;
        private Long homeSiteId;
        private List<Long> siteIds = new ArrayList<>();
        private Long supervisorId;

        void of(StaffMember staff) {
            disciplineId = staff.getDiscipline().getId();
            homeSiteId = staff.getHomeSite().getId();
            siteIds = new ArrayList<>(staff.getSites().stream().map(Site::getId).toList());
            supervisorId = staff.getSupervisor() == null ? null : staff.getSupervisor().getId();
        }

        StaffLinks toLinks() {
            return new StaffLinks(disciplineId, homeSiteId, siteIds, supervisorId);
        }

        public Long getDisciplineId() {
            return disciplineId;
        }

        public void setDisciplineId(Long disciplineId) {
            this.disciplineId = disciplineId;
        }

        public Long getHomeSiteId() {
            return homeSiteId;
        }

        public void setHomeSiteId(Long homeSiteId) {
            this.homeSiteId = homeSiteId;
        }

        public List<Long> getSiteIds() {
            return siteIds;
        }

        public void setSiteIds(List<Long> siteIds) {
            this.siteIds = siteIds;
        }

        public Long getSupervisorId() {
            return supervisorId;
        }

        public void setSupervisorId(Long supervisorId) {
            this.supervisorId = supervisorId;
        }
    }
}
