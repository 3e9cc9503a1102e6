// FitAtlas service worker: the training pages and their assets work without a network once opened.
// Pages: network first (always fresh when online), the cached copy when offline. Assets: cache first.
// Writes (POST) are never cached: the player queues them in IndexedDB and sends them when back online.
var CACHE = 'fitatlas-v1';

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener('message', function (event) {
	var urls = (event.data && event.data.cache) || [];
	event.waitUntil(caches.open(CACHE).then(function (cache) {
		return Promise.all(urls.filter(function (u) { return typeof u === 'string' && u.charAt(0) === '/'; })
			.map(function (u) { return cache.add(u).catch(function () { return null; }); }));
	}));
});

function isAsset(url) {
	return /^\/(css|js|webjars|icons)\//.test(url.pathname) || url.pathname === '/manifest.json';
}

function isTrainingPage(url) {
	return url.pathname === '/train' || url.pathname.indexOf('/train/') === 0;
}

self.addEventListener('fetch', function (event) {
	var request = event.request;
	if (request.method !== 'GET') { return; }
	var url = new URL(request.url);
	if (url.origin !== self.location.origin) { return; }
	if (isAsset(url)) {
		event.respondWith(caches.match(request).then(function (hit) {
			return hit || fetch(request).then(function (response) {
				if (response.ok) {
					var copy = response.clone();
					caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
				}
				return response;
			});
		}));
		return;
	}
	if (request.mode === 'navigate' && isTrainingPage(url)) {
		event.respondWith(fetch(request).then(function (response) {
			if (response.ok) {
				var copy = response.clone();
				caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
			}
			return response;
		}).catch(function () {
			return caches.match(request, { ignoreSearch: false }).then(function (hit) {
				return hit || caches.match('/train');
			});
		}));
	}
});
