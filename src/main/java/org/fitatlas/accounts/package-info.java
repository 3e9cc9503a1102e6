/**
 * Accounts, sign-in, API tokens, roles, throttling, security headers and personal data
 * (export and deletion). Other modules use {@link org.fitatlas.accounts.CurrentAccount}
 * and contribute their personal data through {@link org.fitatlas.accounts.PersonalData}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.fitatlas.accounts;
