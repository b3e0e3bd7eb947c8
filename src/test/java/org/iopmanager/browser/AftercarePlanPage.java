package org.iopmanager.browser;

import java.time.LocalDate;

/** The discharge plan page of an episode ({@code aftercare/plan.xhtml}): referrals, their steps, consents. */
final class AftercarePlanPage {

    private final Browser browser;

    AftercarePlanPage(Browser browser) {
        this.browser = browser;
    }

    AftercarePlanPage open(long episodeId) {
        browser.go("aftercare/plan.xhtml?episode=" + episodeId);
        browser.waitForText("Referrals");
        return this;
    }

    void addReferral(String service, String reason, String... categories) {
        browser.select("form:serviceId", service);
        browser.type("form:reason", reason);
        for (String category : categories) {
            browser.choose("form:categories", category);
        }
        browser.click("form:create");
        browser.waitForText("Referral added as a draft.");
        browser.waitForTextIn("form:referrals", reason, null);
    }

    /** Opens the draft of the row showing {@code rowText} in the referral fields and types a new reason (not saved yet). */
    void editReason(String rowText, String reason) {
        browser.clickInRow("form:referrals", rowText, "edit");
        browser.find("form:save");
        browser.type("form:reason", reason);
    }

    /** Saves the draft being edited; the page's answer follows (saved, or why not). */
    void save() {
        browser.click("form:save");
    }

    String reasonTyped() {
        return browser.find("form:reason").getAttribute("value");
    }

    void recordConsent(String service, LocalDate signedOn, LocalDate expiresOn, String... categories) {
        browser.select("consentForm:serviceId", service);
        browser.type("consentForm:purpose", "Continuing care after discharge");
        for (String category : categories) {
            browser.choose("consentForm:categories", category);
        }
        browser.date("consentForm:expiresOn", expiresOn);
        browser.date("consentForm:signedOn", signedOn);
        browser.click("consentForm:recordConsent");
        browser.waitForText("Consent recorded.");
    }

    /** Chooses the referral of the row showing {@code rowText} and takes one step, with what it brings. */
    void step(String rowText, String to, String consentLabel, LocalDate date) {
        browser.clickInRow("form:referrals", rowText, "choose");
        browser.find("stepForm:to");
        browser.select("stepForm:to", to);
        if (consentLabel != null) {
            browser.select("stepForm:consentId", consentLabel);
        }
        if (date != null) {
            browser.date("stepForm:date", date);
        }
        browser.click("stepForm:takeStep");
        closed();
    }

    void verifyFirstVisit(String rowText, LocalDate on, String confirmedBy, String how) {
        browser.clickInRow("form:referrals", rowText, "choose");
        browser.date("stepForm:firstVisitOn", on);
        browser.select("stepForm:confirmedBy", confirmedBy);
        browser.select("stepForm:method", how);
        browser.click("stepForm:verify");
        closed();
        browser.waitForText("First visit recorded as verified.");
    }

    /** A recorded step closes the step form (a refused one keeps it open with the reason, and fails here). */
    private void closed() {
        long until = System.currentTimeMillis() + 15_000;
        while (browser.has("stepForm:step")) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("The step was not recorded; the page says:\n" + browser.text());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    String referrals() {
        return browser.textOf("form:referrals");
    }
}
