package org.fitatlas.training.logfiles;

/**
 * The training-log CSV formats FitAtlas reads, recognised by their header row.
 */
public enum LogFormat {

	/** Our own export: one row per set, documented in docs/log-files.md. */
	FITATLAS("fitatlas"),
	/** Strong on iOS: comma-separated, weights in the account's unit. */
	STRONG_IOS("strong-ios"),
	/**
	 * Strong on Android: semicolon-separated, "Workout #", "Duration (sec)", "Weight
	 * (kg)" or "Weight (lbs)".
	 */
	STRONG_ANDROID("strong-android"),
	/**
	 * Older Strong exports: semicolon-separated with "Weight Unit" and "Distance Unit"
	 * columns.
	 */
	STRONG_LEGACY("strong-legacy"),
	/** Hevy: quoted columns, weight_kg or weight_lbs. */
	HEVY("hevy");

	private final String token;

	LogFormat(String token) {
		this.token = token;
	}

	public String token() {
		return this.token;
	}

}
