package org.fitatlas.shared.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when {@code spring.datasource.url} is not set, so
 * FitAtlas runs with zero setup; with the URL set, Spring Boot's own data source is used
 * instead. The embedded database asks for passwords and the application is not its
 * superuser ({@link EmbeddedDatabase}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabase.Running database) {
		return database.postgres();
	}

	@Bean
	EmbeddedDatabase.Running embeddedDatabase(DatabaseProperties properties) throws IOException {
		EmbeddedDatabase.Running database = EmbeddedDatabase.start(properties.dataDir(), properties.port(),
				properties.clean(), properties.serverSettings());
		log.info("Embedded PostgreSQL running on port {} with data in {}; the application signs in as '{}'",
				database.postgres().getPort(), properties.dataDir().toAbsolutePath().normalize(), database.user());
		return database;
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase.Running database, EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(database.user());
		dataSource.setPassword(database.password());
		dataSource.setPoolName("fitatlas-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
