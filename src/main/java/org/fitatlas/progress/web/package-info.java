/**
 * The progress page, the morning check's answer and the advice that asks it on every
 * page.
 */
@org.jspecify.annotations.NullMarked
package org.fitatlas.progress.web;
