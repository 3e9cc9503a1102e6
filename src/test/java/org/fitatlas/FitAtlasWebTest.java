package org.fitatlas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full FitAtlas on a random port, backed by its own throw-away embedded PostgreSQL and
 * the repository's catalog. Test classes with this annotation share one running app.
 * Requests from the test machine itself count as coming through a trusted proxy, so a
 * test can act from several client addresses with {@code X-Forwarded-For}; since every
 * test client otherwise shares one address, the per-address limits on registrations and
 * anonymous plans are raised here, and the database runs without fsync (ThrottlingTests
 * checks the real ones in an app of its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fitatlas.database.data-dir=target/test-pg/${random.uuid}", "fitatlas.database.clean=true",
				// a throw-away database: durability traded for speed, in tests only
				"fitatlas.database.server-settings[fsync]=off",
				"fitatlas.database.server-settings[synchronous_commit]=off", "fitatlas.trusted-proxies=127.0.0.1,::1",
				"fitatlas.limits.registrations-per-hour=100000", "fitatlas.limits.anonymous-plans-per-hour=100000" })
public @interface FitAtlasWebTest {

}
