package org.iopmanager.staff.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One row of one exclusion list version, as published, plus the normalised name keys screening looks up.
 * Written only by the import, in JDBC batches ({@code EntryWriter}), and never changed: read-only for
 * EclipseLink, hence no {@code @Version} and no audit line per row (the list version's own line covers them).
 */
@Entity
@ReadOnly
@Table(name = "exclusion_entry")
public class ExclusionEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id", nullable = false)
    private ExclusionList list;

    @Column(name = "line_no")
    private int line;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "business_name")
    private String businessName;

    @Column(name = "general_category")
    private String general;

    private String specialty;

    private String upin;

    private String npi;

    private LocalDate dob;

    private String address;

    private String city;

    private String state;

    private String zip;

    @Column(name = "excl_type")
    private String exclusionType;

    @Column(name = "excl_date")
    private LocalDate exclusionDate;

    @Column(name = "rein_date")
    private LocalDate reinstatementDate;

    @Column(name = "waiver_date")
    private LocalDate waiverDate;

    @Column(name = "waiver_state")
    private String waiverState;

    @Column(name = "last_key")
    private String lastKey;

    @Column(name = "first_key")
    private String firstKey;

    protected ExclusionEntry() {
    }

    public Long getId() {
        return id;
    }

    public ExclusionList getList() {
        return list;
    }

    public int getLine() {
        return line;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public String getBusinessName() {
        return businessName;
    }

    public String getGeneral() {
        return general;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getUpin() {
        return upin;
    }

    public String getNpi() {
        return npi;
    }

    public LocalDate getDob() {
        return dob;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getZip() {
        return zip;
    }

    public String getExclusionType() {
        return exclusionType;
    }

    public LocalDate getExclusionDate() {
        return exclusionDate;
    }

    public LocalDate getReinstatementDate() {
        return reinstatementDate;
    }

    public LocalDate getWaiverDate() {
        return waiverDate;
    }

    public String getWaiverState() {
        return waiverState;
    }

    public String getLastKey() {
        return lastKey;
    }

    public String getFirstKey() {
        return firstKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExclusionEntry entry && id != null && id.equals(entry.id);
    }

    @Override
    public int hashCode() {
        return ExclusionEntry.class.hashCode();
    }

    /** The id alone: that is how the audit trail names a match's list row. */
    @Override
    public String toString() {
        return String.valueOf(id);
    }
}
