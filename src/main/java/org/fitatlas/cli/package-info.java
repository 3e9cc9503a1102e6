/**
 * The command line in the same jar ({@code java -jar fitatlas.jar import …}): each
 * command starts what it needs, calls other modules' public doors only, shows progress on
 * long runs and ends with a summary. With no command, or with {@code serve}, the web app
 * starts as it always has.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "imports", "planning", "shared" })
@org.jspecify.annotations.NullMarked
package org.fitatlas.cli;
