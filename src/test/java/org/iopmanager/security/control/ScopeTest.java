package org.iopmanager.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iopmanager.security.entity.Role;

class ScopeTest {

    @Test
    void siteRolesSeeOnlyTheirSites() {
        Scope clinician = new Scope("jlee", Role.CLINICIAN, Set.of(1L, 2L));
        assertThat(clinician.allows(1L)).isTrue();
        assertThat(clinician.allows(3L)).isFalse();
        assertThat(clinician.allows(null)).isFalse();
        assertThat(clinician.coversAllSites()).isFalse();
        assertThat(new Scope("sam", Role.SITE_ADMIN, Set.of(7L)).allows(8L)).isFalse();
    }

    @Test
    void providerWideRolesSeeEverySite() {
        for (Role role : new Role[] {Role.ADMIN, Role.CREDENTIALING, Role.AUDITOR}) {
            Scope scope = new Scope("x", role, Set.of());
            assertThat(scope.coversAllSites()).as(role.name()).isTrue();
            assertThat(scope.allows(42L)).as(role.name()).isTrue();
        }
    }

    @Test
    void credentialingStaffNeverSeeParticipants() {
        assertThat(new Scope("c", Role.CREDENTIALING, Set.of()).seesParticipants()).isFalse();
        assertThat(new Scope("c", Role.CLINICIAN, Set.of(1L)).seesParticipants()).isTrue();
    }

    @Test
    void nobodySeesNothingAndQueriesStayValid() {
        assertThat(Scope.NOBODY.allows(1L)).isFalse();
        assertThat(Scope.NOBODY.seesParticipants()).isFalse();
        assertThat(new Scope("u", Role.CLINICIAN, Set.of()).queryableSiteIds()).containsExactly(-1L);
    }
}
