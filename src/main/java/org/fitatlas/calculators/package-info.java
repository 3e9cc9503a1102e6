/**
 * Training calculators anyone may use without signing in: the one-repetition maximum from
 * a set to failure (seven published equations), loads from the NSCA repetitions-to-%1RM
 * chart, the plates to put on each side of a bar, and the energy an exercise costs from
 * its MET value in the 2011 Compendium of Physical Activities (Ainsworth et al.). The
 * calculators at this package's root are plain Java; the HTTP API lives in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "shared" })
@org.jspecify.annotations.NullMarked
package org.fitatlas.calculators;
