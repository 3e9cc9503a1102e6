package org.fitatlas.shared.database;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lock across every app node on one PostgreSQL: a transaction-level advisory lock
 * ({@code pg_advisory_xact_lock}) named by a string. A second node asking for the same
 * name waits until the first one's transaction ends, and then sees what it committed. The
 * lock goes with the transaction, so a node that dies cannot leave it held.
 */
@Component
public class ClusterLock {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ClusterLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Runs the work in a transaction that holds the named lock from start to commit. */
	public <T> T holding(String name, Supplier<T> work) {
		return this.transactions.execute((status) -> {
			holdUntilCommit(name);
			return work.get();
		});
	}

	/**
	 * Takes the named lock for the rest of the current transaction (there must be one).
	 */
	public void holdUntilCommit(String name) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("the cluster lock '" + name + "' needs a transaction to live in");
		}
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
			.param("name", name)
			.query()
			.singleRow();
	}

}
