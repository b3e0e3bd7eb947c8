package org.iopmanager.site.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.iopmanager.site.entity.AwardLength;
import org.iopmanager.site.entity.Programme;
import org.iopmanager.site.entity.RecordKind;
import org.iopmanager.site.entity.RecordStatus;

/** The fixed choices the site pages offer: states, time zones, programmes and record enums. */
@Named("siteChoices")
@ApplicationScoped
public class SiteChoices {

    private static final List<String> STATES = List.of("AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA",
            "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE",
            "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT",
            "WA", "WI", "WV", "WY");

    private static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
            "UTC");

    public List<String> getStates() {
        return STATES;
    }

    public List<String> getTimeZones() {
        return ZONES;
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public RecordKind[] getKinds() {
        return RecordKind.values();
    }

    public RecordStatus[] getStatuses() {
        return RecordStatus.values();
    }

    public AwardLength[] getAwardLengths() {
        return AwardLength.values();
    }

    public org.iopmanager.site.entity.SurveyType[] getSurveyTypes() {
        return org.iopmanager.site.entity.SurveyType.values();
    }

    public org.iopmanager.site.entity.FindingLevel[] getFindingLevels() {
        return org.iopmanager.site.entity.FindingLevel.values();
    }

    public org.iopmanager.site.entity.CorrectionStatus[] getCorrectionStatuses() {
        return org.iopmanager.site.entity.CorrectionStatus.values();
    }
}
