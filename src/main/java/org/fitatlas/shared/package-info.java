/**
 * Infrastructure every module may use: the database bootstrap and common web error
 * shapes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.fitatlas.shared;
