package org.iopmanager.security.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.boundary.Users;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;
import org.iopmanager.site.entity.Site;

/** Create or edit one user: details, role, sites; activate, unlock, reset password. */
@Named("user")
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users service;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long id;
    private AppUser user;
    private List<Long> siteIds = new ArrayList<>();
    /** Not kept in the view (the replicated session is read and written whole on every request): read when shown. */
    private transient List<Site> sites;
    private String password;
    private String passwordRepeat;

    public void load() {
        actions.loadOrNotFound(this::loadUser);
    }

    private void loadUser() {
        if (id == null) {
            user = new AppUser();
            return;
        }
        user = service.find(id);
        siteIds = user.getSites().stream().map(Site::getId).collect(Collectors.toCollection(ArrayList::new));
    }

    public String save() {
        if (user.isNew() && !passwordsMatch()) {
            return null;
        }
        boolean created = user.isNew();
        boolean ok = actions.attemptOnceIf(created, "form", () -> user = created
                ? service.create(user, new LinkedHashSet<>(siteIds), password)
                : service.update(user, new LinkedHashSet<>(siteIds)));
        if (!ok) {
            return null;
        }
        messages.info(created ? "user.created" : "app.saved", user.getUsername());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/security/users?faces-redirect=true";
    }

    public void unlock() {
        if (actions.attempt("form", () -> user = service.unlock(user.getId()))) {
            messages.info("user.unlocked", user.getUsername());
        }
    }

    public void toggleActive() {
        boolean activate = !user.isActive();
        if (actions.attempt("form", () -> user = service.setActive(user.getId(), user.getVersion(), activate))) {
            messages.info(activate ? "user.activated" : "user.deactivated", user.getUsername());
        }
    }

    public void resetPassword() {
        if (passwordsMatch() && actions.attempt("form", () -> service.resetPassword(user.getId(), password))) {
            user = service.find(user.getId());
            messages.info("user.passwordResetDone", user.getUsername());
        }
    }

    private boolean passwordsMatch() {
        if (password == null || !password.equals(passwordRepeat)) {
            messages.error("form:passwordRepeat", "password.mismatch");
            return false;
        }
        return true;
    }

    public boolean isLocked() {
        return user != null && user.getLockedUntil() != null && user.getLockedUntil().isAfter(java.time.Instant.now());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AppUser getUser() {
        return user;
    }

    public List<Site> getSites() {
        if (sites == null) {
            sites = service.assignableSites();
        }
        return sites;
    }

    public List<Long> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(List<Long> siteIds) {
        this.siteIds = siteIds;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public int getMinLength() {
        return service.passwordPolicy().getMinLength();
    }
}
