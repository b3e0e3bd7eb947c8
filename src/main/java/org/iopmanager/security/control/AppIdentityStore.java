package org.iopmanager.security.control;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.iopmanager.security.boundary.SignIn;

/** The app's own user table as the Jakarta Security identity store; the role is the single group. */
@ApplicationScoped
public class AppIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignIn.Result result = signIn.verify(credential.getCaller(), credential.getPassword().getValue());
        if (result.status() != SignIn.Result.Status.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
    }
}
