package org.fitatlas.shared.database;

import java.time.Duration;
import java.util.Optional;

import org.fitatlas.shared.Hashing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window counters in PostgreSQL, shared by every app node: one atomic
 * {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} per count, so ten attempts
 * spread over two nodes count as ten. Each count commits on its own, so a request that
 * fails afterwards (and rolls its own work back) is still counted.
 */
@Component
@EnableScheduling
public class WindowCounters {

	/** A counter's value and the time until its window closes. */
	public record Count(int hits, Duration resetsIn) {

		public Count {
			if (hits < 0) {
				throw new IllegalArgumentException("hits must be 0 or more, was " + hits);
			}
		}

		/** Whole seconds until the window closes, at least 1. */
		public long resetsInSeconds() {
			return Math.max(1, (this.resetsIn.toMillis() + 999) / 1000);
		}

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	WindowCounters(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Counts one hit for the key; a closed window starts again at 1. */
	public Count add(String key, Duration window) {
		return this.own.execute((status) -> this.jdbc.sql("""
				insert into rate_counter as c (key, hits, resets_at)
				values (:key, 1, now() + make_interval(secs => :seconds))
				on conflict (key) do update set
				    hits = case when c.resets_at <= now() then 1 else c.hits + 1 end,
				    resets_at = case when c.resets_at <= now() then now() + make_interval(secs => :seconds)
				                     else c.resets_at end
				returning hits, extract(epoch from c.resets_at - now())
				""").param("key", digest(key)).param("seconds", seconds(window)).query(WindowCounters::count).single());
	}

	/** The key's count while its window is open. */
	public Optional<Count> peek(String key) {
		return this.jdbc.sql("""
				select hits, extract(epoch from resets_at - now()) from rate_counter
				where key = :key and resets_at > now()
				""").param("key", digest(key)).query(WindowCounters::count).optional();
	}

	/**
	 * Sets the key to one hit for a whole new window (remembering something for a while).
	 */
	public void mark(String key, Duration window) {
		this.own.executeWithoutResult((status) -> this.jdbc
			.sql("""
					insert into rate_counter (key, hits, resets_at) values (:key, 1, now() + make_interval(secs => :seconds))
					on conflict (key) do update set hits = 1, resets_at = excluded.resets_at
					""")
			.param("key", digest(key))
			.param("seconds", seconds(window))
			.update());
	}

	/** Closed windows are dropped; a minute's grace keeps in-flight counts meaningful. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	void purge() {
		this.jdbc.sql("delete from rate_counter where resets_at < now() - interval '1 minute'").update();
	}

	private static Count count(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		double seconds = Math.max(0, row.getDouble(2));
		return new Count(row.getInt(1), Duration.ofMillis(Math.round(seconds * 1000)));
	}

	private static double seconds(Duration window) {
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("a counter window must be positive, was " + window);
		}
		return window.toMillis() / 1000.0;
	}

	private static String digest(String key) {
		return Hashing.sha256(key);
	}

}
