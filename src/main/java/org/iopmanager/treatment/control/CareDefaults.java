package org.iopmanager.treatment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The provider-wide care standard from MicroProfile Config; a site's own settings override it field by field. */
@ApplicationScoped
public class CareDefaults {

    @Inject
    @ConfigProperty(name = "iop.care.first-plan-days", defaultValue = "7")
    int firstPlanDays;

    @Inject
    @ConfigProperty(name = "iop.care.review-days", defaultValue = "30")
    int reviewDays;

    @Inject
    @ConfigProperty(name = "iop.care.minimum-minutes.asam-2-1.adult", defaultValue = "540")
    int asam21Adult;

    @Inject
    @ConfigProperty(name = "iop.care.minimum-minutes.asam-2-1.adolescent", defaultValue = "360")
    int asam21Adolescent;

    @Inject
    @ConfigProperty(name = "iop.care.minimum-minutes.asam-2-5", defaultValue = "1200")
    int asam25;

    @Inject
    @ConfigProperty(name = "iop.care.minimum-minutes.asam-1-0", defaultValue = "0")
    int asam10;

    public CareStandard standard() {
        return new CareStandard(firstPlanDays, reviewDays, asam21Adult, asam21Adolescent, asam25, asam10);
    }
}
