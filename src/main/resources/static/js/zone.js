// Tells FitAtlas the browser's time zone (an IANA id such as Europe/Berlin), so "today", a
// session's day and a week start at the person's midnight. Kept as the cookie "tz" for a year.
(function () {
	var zone;
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	} catch (e) {
		return;
	}
	if (!zone || document.cookie.split('; ').indexOf('tz=' + encodeURIComponent(zone)) >= 0) {
		return;
	}
	document.cookie = 'tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax'
		+ (location.protocol === 'https:' ? '; Secure' : '');
})();
