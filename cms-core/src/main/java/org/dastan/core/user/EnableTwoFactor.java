package org.dastan.core.user;

import java.util.List;

/**
 * Turns on two-factor login with a secret the user has just proved to hold.
 *
 * @param secret the Base32 secret of the user's authenticator app
 * @param usedStep the time step of the code that proved it, which cannot be used again
 * @param recoveryCodeHashes the hashes of the recovery codes shown to the user once
 */
public record EnableTwoFactor(String username, String secret, long usedStep, List<String> recoveryCodeHashes) {

}
