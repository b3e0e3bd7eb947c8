package org.iopmanager.aftercare.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;

import org.iopmanager.aftercare.entity.Categories;
import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.Referral;

/**
 * The plan page's referral fields: a new referral, or a draft being edited at the version it was loaded at (so that a
 * save over someone else's change is refused and the input stays on screen).
 */
public class ReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editingId;
    private long version;
    private String serviceName;
    private Long serviceId;
    private String reason;
    private DisclosureCategory[] categories = new DisclosureCategory[0];

    void edit(Referral referral) {
        editingId = referral.getId();
        version = referral.getVersion();
        serviceName = referral.getService().getName();
        serviceId = referral.getService().getId();
        reason = referral.getReason();
        categories = referral.getCategories().toArray(new DisclosureCategory[0]);
    }

    void clear() {
        editingId = null;
        version = 0;
        serviceName = null;
        serviceId = null;
        reason = null;
        categories = new DisclosureCategory[0];
    }

    Set<DisclosureCategory> categorySet() {
        return Categories.of(Arrays.asList(categories));
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public long getVersion() {
        return version;
    }

    public String getServiceName() {
        return serviceName;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DisclosureCategory[] getCategories() {
        return categories.clone();
    }

    public void setCategories(DisclosureCategory[] categories) {
        this.categories = categories == null ? new DisclosureCategory[0] : categories.clone();
    }
}
