// Depot's IIIF viewer: turns <div class="iiif-viewer" data-manifest="…manifest URL…"> (whose
// fallback <img> shows without JavaScript) into an OpenSeadragon viewer of the manifest's canvases,
// one page per canvas, with the canvas label in the page's language (nl, else en).
(function () {
  "use strict";

  function text(map, language) {
    if (!map) return "";
    var values = map[language] || map.nl || map.en || map.none || map[Object.keys(map)[0]] || [];
    return values.join(" · ");
  }

  function canvases(manifest) {
    return (manifest.items || []).map(function (canvas) {
      var page = (canvas.items || [])[0];
      var annotation = page && (page.items || [])[0];
      var body = annotation && annotation.body;
      if (!body || !body.id || body.type !== "Image") return null;
      return { url: body.id, label: canvas.label, width: body.width || canvas.width, height: body.height || canvas.height };
    }).filter(Boolean);
  }

  function enhance(element) {
    var url = element.getAttribute("data-manifest");
    if (!url || !window.OpenSeadragon || !window.fetch) return;
    var language = (document.documentElement.lang || "nl").slice(0, 2) === "en" ? "en" : "nl";
    fetch(url, { headers: { Accept: "application/ld+json" } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (manifest) {
        var list = canvases(manifest);
        if (list.length === 0) return;
        var area = document.createElement("div");
        area.className = "iiif-canvas";
        area.setAttribute("role", "region");
        area.setAttribute("aria-label", text(manifest.label, language));
        var caption = document.createElement("p");
        caption.className = "iiif-label";
        caption.setAttribute("aria-live", "polite");
        var fallback = element.querySelector("img");
        element.insertBefore(area, fallback);
        element.insertBefore(caption, fallback);
        var viewer = window.OpenSeadragon({
          element: area,
          prefixUrl: "/lib/openseadragon/images/",
          sequenceMode: list.length > 1,
          crossOriginPolicy: "Anonymous",
          showRotationControl: true,
          tileSources: list.map(function (c) { return { type: "image", url: c.url, buildPyramid: false }; })
        });
        function show(index) {
          var label = text(list[index].label, language);
          caption.textContent = list.length > 1 ? label + " (" + (index + 1) + "/" + list.length + ")" : label;
        }
        show(0);
        viewer.addHandler("page", function (event) { show(event.page); });
        viewer.addHandler("open", function () {
          // The viewer shows the image now: the fallback goes, tests and styles can tell.
          if (fallback) fallback.hidden = true;
          element.setAttribute("data-iiif-open", "true");
        });
        element.setAttribute("data-iiif-canvases", String(list.length));
      })
      .catch(function () { /* the fallback image stays */ });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".iiif-viewer[data-manifest]"), enhance);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
