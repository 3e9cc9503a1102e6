package org.fitatlas.training;

import java.util.UUID;

import org.fitatlas.accounts.AccountId;

/**
 * Published when a person finishes a session, for modules that follow progress.
 */
public record SessionFinished(AccountId account, UUID sessionId) {
}
