package org.fitatlas.shared.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.ValveBase;

/**
 * Takes the client address and scheme from {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} only when the connection comes from a configured proxy
 * ({@code fitatlas.trusted-proxies}, addresses or CIDR ranges; none by default). The
 * forwarded list is read from the right, skipping trusted proxies, so a client cannot
 * choose its own address by sending the header itself. {@code X-Forwarded-Host} is never
 * used: links are built from {@code fitatlas.public-url}.
 */
public class TrustedProxyValve extends ValveBase {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<NetMask> proxies;

	public TrustedProxyValve(List<String> proxies) {
		super(true);
		List<NetMask> masks = new ArrayList<>();
		for (String proxy : proxies) {
			if (!proxy.isBlank()) {
				try {
					masks.add(new NetMask(proxy.strip()));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException(
							"fitatlas.trusted-proxies must hold IP addresses or CIDR ranges like 10.0.0.0/8, was '"
									+ proxy + "'",
							ex);
				}
			}
		}
		this.proxies = List.copyOf(masks);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (this.proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
			getNext().invoke(request, response);
			return;
		}
		String originalAddr = request.getRemoteAddr();
		String originalHost = request.getRemoteHost();
		boolean originalSecure = request.isSecure();
		String originalScheme = request.getScheme();
		int originalPort = request.getServerPort();
		String client = client(originalAddr, hops(request));
		String proto = last(request, "X-Forwarded-Proto");
		try {
			request.setRemoteAddr(client);
			request.setRemoteHost(client);
			if ("https".equals(proto) || "http".equals(proto)) {
				boolean https = proto.equals("https");
				request.setSecure(https);
				request.getCoyoteRequest().scheme().setString(proto);
				request.setServerPort(https ? 443 : 80);
			}
			getNext().invoke(request, response);
		}
		finally {
			request.setRemoteAddr(originalAddr);
			request.setRemoteHost(originalHost);
			request.setSecure(originalSecure);
			request.getCoyoteRequest().scheme().setString(originalScheme);
			request.setServerPort(originalPort);
		}
	}

	/** The right-most forwarded address that is not a trusted proxy. */
	String client(String remote, List<String> hops) {
		String client = remote;
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!IP_LITERAL.matcher(hop).matches()) {
				break;
			}
			client = hop;
			if (!trusted(hop)) {
				break;
			}
		}
		return client;
	}

	boolean trusted(String address) {
		if (!IP_LITERAL.matcher(address).matches()) {
			return false;
		}
		try {
			// a literal, so no name is looked up
			InetAddress inet = InetAddress.getByName(address);
			return this.proxies.stream().anyMatch((mask) -> mask.matches(inet));
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static List<String> hops(Request request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		return hops;
	}

	private static String last(Request request, String name) {
		String last = null;
		for (String header : Collections.list(request.getHeaders(name))) {
			for (String value : header.split(",")) {
				if (!value.isBlank()) {
					last = value.strip().toLowerCase(Locale.ROOT);
				}
			}
		}
		return last;
	}

}
