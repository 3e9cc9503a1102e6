package org.fitatlas.catalog.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalog files live.
 *
 * @param dir the folder holding {@code taxonomy.yml} and {@code exercises/}; when it does
 * not exist the copy packaged in the jar is used
 */
@ConfigurationProperties("fitatlas.catalog")
public record CatalogProperties(@DefaultValue("catalog") Path dir) {
}
