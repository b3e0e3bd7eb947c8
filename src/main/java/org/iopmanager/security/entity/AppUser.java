package org.iopmanager.security.entity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iopmanager.platform.entity.AuditIgnored;
import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.Redacted;
import org.iopmanager.site.entity.Site;

/**
 * A person who signs in. One account per person (HIPAA unique user id): its name goes into every audit
 * row. Users are deactivated, never deleted, so the audit trail always points at someone. Lockout state
 * lives here so it holds across sessions and cluster nodes.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int USERNAME_MAX = 60;
    /** The stored hash of a directory user: not a hash of anything, so no password ever matches it. */
    public static final String NO_PASSWORD = "!directory";
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;

    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = USERNAME_MAX, message = "{user.username.size}")
    @Pattern(regexp = "[a-z0-9._-]*", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = DISPLAY_NAME_MAX, message = "{user.displayName.size}")
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Email(message = "{user.email.invalid}")
    @Size(max = EMAIL_MAX, message = "{user.email.size}")
    @Column(length = EMAIL_MAX)
    private String email;

    @NotNull(message = "{user.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Redacted
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    /** Signs in against the hospital's directory, which also decides the role and sites; no password here. */
    @Column(nullable = false)
    private boolean directory;

    @AuditIgnored
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @AuditIgnored
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @AuditIgnored
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "app_user_site",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    private Set<Site> sites = new LinkedHashSet<>();

    public AppUser() {
    }

    public AppUser(String username, String displayName, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** A profile kept by the directory: no usable password of ours ({@link #NO_PASSWORD} never verifies). */
    public void keepFromDirectory(String displayName, String email, Role role, Set<Site> sites) {
        this.directory = true;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.sites = sites;
        if (passwordHash == null) {
            passwordHash = NO_PASSWORD;
        }
    }

    public boolean isDirectory() {
        return directory;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String hash, Instant at) {
        this.passwordHash = hash;
        this.passwordChangedAt = at;
    }

    /** Re-hash at a higher cost without counting it as a password change. */
    public void upgradePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void recordFailure(int failures, Instant lockedUntil) {
        this.failedLogins = failures;
        this.lockedUntil = lockedUntil;
    }

    public void recordLogin(Instant at) {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.lastLoginAt = at;
    }

    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Site> getSites() {
        return sites;
    }

    public void setSites(Set<Site> sites) {
        this.sites = new LinkedHashSet<>(sites);
    }
}
