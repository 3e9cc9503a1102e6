package org.fitatlas.shared.web;

/**
 * What a page says about itself to search engines and link previews: the
 * {@code <meta name="description">} and the OpenGraph tags the layout writes when a
 * controller puts one in the model as {@code meta}.
 *
 * @param title the page's title without the site name
 * @param description one or two sentences, at most about 160 characters
 * @param path the page's address on the site, starting with a slash
 * @param type the OpenGraph type: {@code article} or {@code website}
 */
public record PageMeta(String title, String description, String path, String type) {

	public static final int MAX_DESCRIPTION = 160;

	public PageMeta {
		if (title.isBlank()) {
			throw new IllegalArgumentException("a page needs a title, was blank");
		}
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("path must start with '/', was '" + path + "'");
		}
		if (!type.equals("article") && !type.equals("website")) {
			throw new IllegalArgumentException("type must be article or website, was '" + type + "'");
		}
		description = shortened(description.strip().replaceAll("\\s+", " "));
	}

	/** A page of the atlas that describes one thing: an exercise, a muscle. */
	public static PageMeta article(String title, String description, String path) {
		return new PageMeta(title, description, path, "article");
	}

	/** Cuts at a word boundary with an ellipsis, so a preview never ends mid-word. */
	static String shortened(String text) {
		if (text.length() <= MAX_DESCRIPTION) {
			return text;
		}
		int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
		return text.substring(0, (cut > 80) ? cut : MAX_DESCRIPTION - 1).replaceAll("[,;:.]$", "") + "…";
	}

}
