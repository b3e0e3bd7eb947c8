package org.iopmanager.staff.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.iopmanager.platform.control.RuleViolation;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.control.ImportFile;
import org.iopmanager.staff.control.ImportPerson;
import org.iopmanager.staff.control.ImportProgress;
import org.iopmanager.staff.control.ImportRow;
import org.iopmanager.staff.control.StaffImportReader;
import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialType;
import org.iopmanager.staff.entity.Discipline;
import org.iopmanager.staff.entity.StaffMember;

import static org.iopmanager.staff.control.StaffImportReader.*;

/**
 * Bulk import of staff and their credentials from a CSV or .xlsx file (credentialing office and provider
 * administrators). A dry run reports every error, including those only the database knows (unknown codes, an
 * NPI already on file); an import writes through the same services as the staff pages, in one transaction, with
 * "Bulk import of &lt;file&gt;" as the audit reason. A file with errors is imported only when the caller asks for
 * its valid rows; otherwise nothing is written.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CREDENTIALING_NAME})
public class StaffImport {

    static final int REASON_MAX = 500;

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    StaffMembers staffMembers;

    @Inject
    Credentials credentials;

    @Inject
    ImportProgress progress;

    @Inject
    Clock clock;

    private final StaffImportReader reader = new StaffImportReader();

    public ImportReport dryRun(String fileName, byte[] bytes) {
        return report(check(fileName, bytes, new Codes()));
    }

    public ImportResult importFile(String fileName, byte[] bytes, boolean validRowsOnly) {
        return write(fileName, bytes, validRowsOnly, null);
    }

    /** The same import in the background, reporting its rows to {@link ImportProgress} under {@code progressKey}. */
    @Asynchronous
    public Future<ImportResult> importInBackground(String fileName, byte[] bytes, boolean validRowsOnly, String progressKey) {
        return CompletableFuture.completedFuture(write(fileName, bytes, validRowsOnly, progressKey));
    }

    private ImportResult write(String fileName, byte[] bytes, boolean validRowsOnly, String progressKey) {
        Codes codes = new Codes();
        ImportFile file = check(fileName, bytes, codes);
        if (!file.isValid() && !validRowsOnly) {
            throw RuleViolation.onField("file", "staffImport.file.hasErrors", file.rowsWithErrors());
        }
        String reason = reason(fileName);
        progress.start(progressKey, file.rows().size());
        int staff = 0;
        int added = 0;
        for (ImportPerson person : file.people()) {
            if (person.isValid()) {
                StaffMember created = staffMembers.create(staffDraft(person.first()), links(person.first(), codes), reason);
                staff++;
                for (ImportRow row : person.validCredentialRows()) {
                    credentials.add(created.getId(), credentialDraft(row), codes.types.get(upper(row.text(CREDENTIAL_TYPE))).getId(), reason);
                    added++;
                }
            }
            progress.advance(progressKey, person.rows().size());
        }
        return new ImportResult(staff, added, file.rowsWithErrors());
    }

    static String reason(String fileName) {
        String reason = "Bulk import of " + (fileName == null || fileName.isBlank() ? "a file" : fileName.strip());
        return reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
    }

    private ImportFile check(String fileName, byte[] bytes, Codes codes) {
        ImportFile file = reader.read(fileName, bytes, LocalDate.now(clock));
        for (ImportRow row : file.rows()) {
            known(row, DISCIPLINE, codes.disciplines);
            known(row, HOME_SITE, codes.sites);
            row.siteCodes().stream().filter(code -> !codes.sites.containsKey(upper(code))).findFirst()
                    .ifPresent(code -> row.addError(SITES, "staffImport.site.unknown", code));
            known(row, CREDENTIAL_TYPE, codes.types);
        }
        onFile(file);
        file.people().forEach(ImportPerson::settle);
        return file;
    }

    private static void known(ImportRow row, String column, Map<String, ?> byCode) {
        String code = row.text(column);
        if (code != null && !row.hasError(column) && !byCode.containsKey(upper(code))) {
            row.addError(column, "staffImport." + column + ".unknown", code);
        }
    }

    /** People already on file: by NPI, or (for rows without NPI) by name and date of birth. */
    private void onFile(ImportFile file) {
        List<ImportRow> firstRows = file.people().stream().map(ImportPerson::first).toList();
        Set<String> npis = firstRows.stream().map(row -> row.text(NPI)).filter(npi -> npi != null).collect(Collectors.toSet());
        Set<String> taken = npis.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select s.npi from StaffMember s where s.npi in :npis", String.class).setParameter("npis", npis).getResultList());
        Set<LocalDate> births = firstRows.stream().filter(row -> row.text(NPI) == null).map(row -> row.date(DATE_OF_BIRTH))
                .filter(day -> day != null).collect(Collectors.toSet());
        Set<String> known = new HashSet<>();
        if (!births.isEmpty()) {
            em.createQuery("select s from StaffMember s where s.dateOfBirth in :births", StaffMember.class)
                    .setParameter("births", births).getResultList()
                    .forEach(s -> known.add(nameKey(s.getFirstName(), s.getLastName(), s.getDateOfBirth())));
        }
        for (ImportRow row : firstRows) {
            if (row.text(NPI) != null && taken.contains(row.text(NPI))) {
                row.addError(NPI, "staffImport.npi.onFile");
            } else if (row.text(NPI) == null && row.date(DATE_OF_BIRTH) != null
                    && known.contains(nameKey(row.text(FIRST_NAME), row.text(LAST_NAME), row.date(DATE_OF_BIRTH)))) {
                row.addError(null, "staffImport.person.onFile");
            }
        }
    }

    private static String nameKey(String first, String last, LocalDate born) {
        return (first + "|" + last).toLowerCase(Locale.ROOT) + "|" + born;
    }

    private static ImportReport report(ImportFile file) {
        long people = file.people().stream().filter(ImportPerson::isValid).count();
        long credentialRows = file.people().stream().filter(ImportPerson::isValid)
                .mapToLong(person -> person.validCredentialRows().size()).sum();
        return new ImportReport(file.fileName(), file.rows().size(), file.validRows(), file.rowsWithErrors(), people,
                credentialRows, file.errors());
    }

    private static StaffMember staffDraft(ImportRow row) {
        StaffMember draft = new StaffMember();
        draft.setFirstName(row.text(FIRST_NAME));
        draft.setMiddleName(row.text(MIDDLE_NAME));
        draft.setLastName(row.text(LAST_NAME));
        draft.setDateOfBirth(row.date(DATE_OF_BIRTH));
        draft.setNpi(row.text(NPI));
        draft.setEmail(row.text(EMAIL));
        draft.setEmploymentStart(row.date(EMPLOYMENT_START));
        return draft;
    }

    private static StaffLinks links(ImportRow row, Codes codes) {
        List<Long> siteIds = new ArrayList<>();
        row.siteCodes().forEach(code -> siteIds.add(codes.sites.get(upper(code)).getId()));
        return new StaffLinks(codes.disciplines.get(upper(row.text(DISCIPLINE))).getId(),
                codes.sites.get(upper(row.text(HOME_SITE))).getId(), siteIds, null);
    }

    private static Credential credentialDraft(ImportRow row) {
        Credential draft = new Credential();
        draft.setNumber(row.text(CREDENTIAL_NUMBER));
        draft.setIssuer(row.text(ISSUER));
        draft.setState(row.text(STATE) == null ? null : upper(row.text(STATE)));
        draft.setIssueDate(row.date(ISSUE_DATE));
        draft.setExpiryDate(row.date(EXPIRY_DATE));
        return draft;
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** The active disciplines, sites and credential types by upper-case code, read once per file. */
    private final class Codes {
        final Map<String, Discipline> disciplines = byCode(em.createQuery(
                "select d from Discipline d where d.active = true", Discipline.class).getResultList(), Discipline::getCode);
        final Map<String, Site> sites = byCode(em.createQuery(
                "select s from Site s where s.active = true", Site.class).getResultList(), Site::getCode);
        final Map<String, CredentialType> types = byCode(em.createQuery(
                "select t from CredentialType t where t.active = true", CredentialType.class).getResultList(), CredentialType::getCode);
    }

    private static <T> Map<String, T> byCode(Collection<T> all, Function<T, String> code) {
        return all.stream().collect(Collectors.toMap(item -> upper(code.apply(item)), item -> item, (a, b) -> a));
    }
}
