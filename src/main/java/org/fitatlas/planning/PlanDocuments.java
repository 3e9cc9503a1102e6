package org.fitatlas.planning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Plan documents as gzip: plans repeat the same exercise names, cues and reasons week
 * after week, so they shrink about 30-fold.
 */
final class PlanDocuments {

	/** Larger than any plan the generator makes (16 weeks × 7 days is about 1 MB). */
	static final int MAX_DOCUMENT = 16 * 1024 * 1024;

	private PlanDocuments() {
	}

	static byte[] compress(byte[] json) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 16 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] decompress(byte[] compressed) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			byte[] json = in.readNBytes(MAX_DOCUMENT + 1);
			if (json.length > MAX_DOCUMENT) {
				throw new IllegalStateException("a stored plan is larger than " + MAX_DOCUMENT + " bytes");
			}
			return json;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
