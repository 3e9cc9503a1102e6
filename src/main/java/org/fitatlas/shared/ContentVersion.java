package org.fitatlas.shared;

/**
 * The version of the content that pages show to everyone (the catalog): it moves whenever
 * that content changes, on this node or on any other node sharing the database, so a page
 * kept for anonymous visitors is never served after the content it shows has changed.
 */
public interface ContentVersion {

	long current();

}
