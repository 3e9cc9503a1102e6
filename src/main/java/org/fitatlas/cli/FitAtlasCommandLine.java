package org.fitatlas.cli;

import java.util.Set;

import org.fitatlas.cli.internal.Commands;
import picocli.CommandLine;

/**
 * Decides whether the process runs a command or serves the web app, and runs the command.
 */
public final class FitAtlasCommandLine {

	/** The first arguments that name a command; anything else (or nothing) serves. */
	static final Set<String> COMMANDS = Set.of("serve", "import", "export", "plan", "validate-catalog", "create-admin",
			"backup", "restore", "help", "--help", "-h", "--version");

	private FitAtlasCommandLine() {
	}

	/**
	 * Whether the arguments ask for a command rather than the web app. {@code serve} and
	 * Spring's own {@code --name=value} arguments serve.
	 */
	public static boolean isCommand(String[] args) {
		if (args.length > 0 && args[0].equals("serve")) {
			return args.length > 1 && (args[1].equals("--help") || args[1].equals("-h"));
		}
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** The arguments for the web app: a leading {@code serve} dropped. */
	public static String[] serveArguments(String[] args) {
		return (args.length > 0 && args[0].equals("serve")) ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
	}

	/**
	 * Runs the command against the given Spring Boot application class and returns the
	 * process exit code.
	 */
	public static int run(String[] args, Class<?> application) {
		org.fitatlas.cli.internal.AppContext.use(application);
		return new CommandLine(new Commands()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
	}

}
