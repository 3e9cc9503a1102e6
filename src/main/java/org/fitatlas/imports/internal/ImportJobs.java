package org.fitatlas.imports.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.fitatlas.imports.BadImportFile;
import org.fitatlas.imports.ImportProgress;
import org.fitatlas.imports.ImportSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Imports started from the web, run one at a time on a background thread, with their
 * progress and outcome kept in memory for the page that polls them (the last 50).
 */
@Component
public class ImportJobs {

	private static final int KEPT = 50;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "exercise-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	/**
	 * One import's state: waiting, running (done of total), finished with a summary, or
	 * refused.
	 */
	public static final class Job implements ImportProgress {

		private final UUID id;

		private final String file;

		private volatile int done;

		private volatile int total;

		private volatile @Nullable ImportSummary summary;

		private volatile @Nullable String error;

		Job(UUID id, String file) {
			this.id = id;
			this.file = file;
		}

		@Override
		public void advanced(int done, int total) {
			this.done = done;
			this.total = total;
		}

		public UUID id() {
			return this.id;
		}

		public String file() {
			return this.file;
		}

		public int percent() {
			return (this.total == 0) ? 0 : (int) (100L * this.done / this.total);
		}

		public int done() {
			return this.done;
		}

		public int total() {
			return this.total;
		}

		public boolean finished() {
			return this.summary != null || this.error != null;
		}

		public @Nullable ImportSummary summary() {
			return this.summary;
		}

		public @Nullable String error() {
			return this.error;
		}

	}

	/** Queues an import; {@code work} runs it, reporting progress to the job. */
	public Job start(String file, Function<ImportProgress, ImportSummary> work) {
		Job job = new Job(UUID.randomUUID(), file);
		if (this.jobs.size() >= KEPT) {
			this.jobs.values().stream().filter(Job::finished).findFirst().ifPresent((j) -> this.jobs.remove(j.id()));
		}
		this.jobs.put(job.id(), job);
		this.worker.execute(() -> {
			try {
				job.summary = work.apply(job);
			}
			catch (BadImportFile | IllegalArgumentException ex) {
				job.error = "Refused, nothing was written: " + ex.getMessage();
			}
			catch (RuntimeException ex) {
				job.error = "The import failed, nothing was written: " + ex.getMessage();
			}
		});
		return job;
	}

	public Optional<Job> find(UUID id) {
		return Optional.ofNullable(this.jobs.get(id));
	}

}
