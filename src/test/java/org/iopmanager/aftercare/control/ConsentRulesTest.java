package org.iopmanager.aftercare.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iopmanager.aftercare.entity.DisclosureCategory.DEMOGRAPHICS;
import static org.iopmanager.aftercare.entity.DisclosureCategory.DIAGNOSIS;
import static org.iopmanager.aftercare.entity.DisclosureCategory.MEDICATIONS;
import static org.iopmanager.aftercare.entity.DisclosureCategory.SUD_TREATMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iopmanager.aftercare.entity.Categories;
import org.iopmanager.aftercare.entity.CoveredEntity;
import org.iopmanager.aftercare.entity.DisclosureCategory;
import org.iopmanager.aftercare.entity.DisclosureConsent;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.aftercare.entity.ResourceType;
import org.iopmanager.aftercare.entity.SignedBy;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.site.entity.Site;

class ConsentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Set<DisclosureCategory> SUD = EnumSet.of(DEMOGRAPHICS, SUD_TREATMENT);

    private final ResourceService soberHouse = new ResourceService("Hope House", "Hope Inc", ResourceType.SOBER_LIVING,
            CoveredEntity.NOT_COVERED);
    private final ResourceService otherHouse = new ResourceService("Other House", "Other Inc", ResourceType.SOBER_LIVING,
            CoveredEntity.NOT_COVERED);
    private final ResourceService prescriber = new ResourceService("Dr Lee", "Lee Clinic", ResourceType.MAT_PRESCRIBER,
            CoveredEntity.HIPAA_COVERED);

    @Test
    void aSignedCurrentConsentNamingTheServiceAndItsCategoriesCoversTheDisclosure() {
        assertThat(ConsentRules.refusal(consent(soberHouse), soberHouse, SUD, TODAY)).isEmpty();
        assertThat(ConsentRules.refusal(consent(soberHouse), soberHouse, EnumSet.of(DEMOGRAPHICS), TODAY))
                .as("fewer categories than allowed").isEmpty();
        assertThat(ConsentRules.current(consent(soberHouse), TODAY)).isTrue();
    }

    @Test
    void noConsentIsRefused() {
        assertThat(ConsentRules.refusal(null, soberHouse, SUD, TODAY)).hasValue("aftercare.consent.missing");
        assertThat(ConsentRules.current(null, TODAY)).isFalse();
    }

    @Test
    void aRevokedConsentBlocksFromTheDayOfRevocation() {
        DisclosureConsent consent = consent(soberHouse);
        consent.revoke(TODAY, "clinician", Instant.EPOCH);
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY)).hasValue("aftercare.consent.revoked");
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY.plusDays(5))).hasValue("aftercare.consent.revoked");
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY.minusDays(1))).as("the day before it held").isEmpty();
        assertThat(ConsentRules.current(consent, TODAY)).isFalse();
    }

    @Test
    void anExpiredConsentBlocksTheDayAfterItsExpiry() {
        DisclosureConsent consent = consent(soberHouse);
        consent.setExpiresOn(TODAY);
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY)).as("valid on its last day").isEmpty();
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY.plusDays(1))).hasValue("aftercare.consent.expired");
        assertThat(ConsentRules.current(consent, TODAY.plusDays(1))).isFalse();
    }

    @Test
    void anExpiryEventWithoutDateHoldsUntilRevoked() {
        DisclosureConsent consent = consent(soberHouse);
        consent.setExpiresOn(null);
        consent.setExpiryEvent("When I leave Hope House");
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY.plusYears(3))).isEmpty();
    }

    @Test
    void aConsentSignedAfterTodayDoesNotCoverYet() {
        DisclosureConsent consent = consent(soberHouse);
        consent.setSignedOn(TODAY.plusDays(1));
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY)).hasValue("aftercare.consent.notSigned");
        consent.setSignedOn(TODAY);
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY)).as("signed today").isEmpty();
        consent.setSignedOn(null);
        assertThat(ConsentRules.refusal(consent, soberHouse, SUD, TODAY)).hasValue("aftercare.consent.notSigned");
    }

    @Test
    void anotherRecipientIsRefusedAndAClassOfRecipientsCoversEveryServiceOfItsType() {
        assertThat(ConsentRules.refusal(consent(soberHouse), otherHouse, SUD, TODAY)).hasValue("aftercare.consent.otherRecipient");
        assertThat(ConsentRules.refusal(consent(soberHouse), null, SUD, TODAY)).hasValue("aftercare.consent.otherRecipient");
        DisclosureConsent classOf = consent(soberHouse);
        classOf.recipientClass(ResourceType.SOBER_LIVING, "Any recovery residence I move to");
        assertThat(ConsentRules.refusal(classOf, otherHouse, SUD, TODAY)).isEmpty();
        assertThat(ConsentRules.refusal(classOf, prescriber, SUD, TODAY)).hasValue("aftercare.consent.otherRecipient");
    }

    @Test
    void aCategoryTheConsentDoesNotAllowIsRefused() {
        assertThat(ConsentRules.refusal(consent(soberHouse), soberHouse, EnumSet.of(SUD_TREATMENT, MEDICATIONS), TODAY))
                .hasValue("aftercare.consent.categories");
    }

    @Test
    void theFirstReasonIsTold() {
        DisclosureConsent consent = consent(soberHouse);
        consent.revoke(TODAY.minusDays(1), "clinician", Instant.EPOCH);
        consent.setExpiresOn(TODAY.minusDays(1));
        Optional<String> refusal = ConsentRules.refusal(consent, otherHouse, EnumSet.of(DIAGNOSIS), TODAY);
        assertThat(refusal).hasValue("aftercare.consent.revoked");
    }

    @Test
    void sudInformationFollowsFromTheCategories() {
        assertThat(Categories.anySud(EnumSet.of(DEMOGRAPHICS, DisclosureCategory.MEASURES))).isFalse();
        for (DisclosureCategory category : EnumSet.complementOf(EnumSet.of(DEMOGRAPHICS, DisclosureCategory.MEASURES))) {
            assertThat(Categories.anySud(EnumSet.of(DEMOGRAPHICS, category))).as(category.name()).isTrue();
        }
        assertThat(Categories.anySud(Set.of())).isFalse();
        Categories column = new Categories();
        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(SUD))).isEqualTo(SUD);
        assertThat(column.convertToDatabaseColumn(EnumSet.of(SUD_TREATMENT, DEMOGRAPHICS))).isEqualTo("DEMOGRAPHICS,SUD_TREATMENT");
        assertThat(column.convertToEntityAttribute("")).isEmpty();
    }

    private DisclosureConsent consent(ResourceService recipient) {
        Site site = new Site("S1", "Site", java.time.ZoneId.of("America/New_York"));
        DisclosureConsent consent = new DisclosureConsent(new Participant(site, Instant.EPOCH), "clinician", Instant.EPOCH);
        consent.recipient(recipient);
        consent.setPurpose("Continuing care");
        consent.setCategories(EnumSet.of(DEMOGRAPHICS, SUD_TREATMENT, DIAGNOSIS));
        consent.setExpiresOn(TODAY.plusMonths(6));
        consent.setSignedBy(SignedBy.PARTICIPANT);
        consent.setSignedOn(TODAY.minusDays(3));
        return consent;
    }
}
