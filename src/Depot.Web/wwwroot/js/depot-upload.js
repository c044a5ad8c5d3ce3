// The depot's upload page: files dropped or picked are sent one after another through the
// resumable upload API (POST a session, PUT chunks with Content-Range). A broken connection is
// retried from the offset the server reports (HEAD), so a multi-GB file survives a flaky network.
(function () {
  "use strict";
  var root = document.getElementById("depot-upload");
  if (!root) return;
  var t = JSON.parse(document.getElementById("depot-upload-texts").textContent);
  var api = root.dataset.api;
  var chunkSize = 8 * 1024 * 1024;
  var maxRetries = 8;
  var input = document.getElementById("upload-files");
  var zone = document.getElementById("drop-zone");
  var start = document.getElementById("upload-start");
  var list = document.getElementById("upload-list");
  var summary = document.getElementById("upload-summary");
  var unmatchedBox = document.getElementById("upload-unmatched");
  var manifestInput = document.getElementById("upload-manifest");
  var numberInput = document.getElementById("upload-object-number");
  var queue = [];
  var manifest = null;
  var running = false;

  function format(text, values) {
    return text.replace(/\{(\d+)\}/g, function (_, i) { return values[+i]; });
  }

  function addFiles(files) {
    for (var i = 0; i < files.length; i++) {
      var file = files[i];
      if (file.name.charAt(0) === ".") continue;
      var item = document.createElement("li");
      item.className = "upload-item";
      var id = "upload-" + queue.length;
      item.innerHTML = '<span class="upload-name" id="' + id + '-name"></span> ' +
        '<progress max="100" value="0" aria-labelledby="' + id + '-name" aria-describedby="' + id + '-state"></progress> ' +
        '<span class="upload-state" id="' + id + '-state"></span>';
      item.querySelector(".upload-name").textContent = file.webkitRelativePath || file.name;
      item.querySelector(".upload-state").textContent = t.waiting;
      list.appendChild(item);
      queue.push({ file: file, item: item, done: false });
    }
    start.disabled = running || queue.every(function (q) { return q.done; });
  }

  input.addEventListener("change", function () { addFiles(input.files); input.value = ""; });
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("drop-active"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove("drop-active"); });
  });
  zone.addEventListener("drop", function (e) { e.preventDefault(); addFiles(e.dataTransfer.files); });

  if (manifestInput) {
    manifestInput.addEventListener("change", function () {
      manifest = null;
      var file = manifestInput.files[0];
      if (!file) return;
      file.text().then(function (text) {
        manifest = parseManifest(text);
        if (!manifest) { summary.textContent = t.manifestBad; }
      });
    });
  }

  // bestand;objectnummer or file,object_number (Dutch or English headers, ; or ,), as the server reads them.
  function parseManifest(text) {
    var lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    var header = lines[0] || "";
    var sep = header.indexOf(";") >= 0 && header.split(";").length >= header.split(",").length ? ";" : ",";
    var names = split(header, sep).map(function (h) { return h.trim().toLowerCase(); });
    var fileCol = names.findIndex(function (n) { return ["bestand", "bestandsnaam", "bestandnaam", "file", "filename", "file_name", "file name", "pad", "path"].indexOf(n) >= 0; });
    var numCol = names.findIndex(function (n) { return ["objectnummer", "object_nummer", "inventarisnummer", "object_number", "objectnumber", "object number", "number"].indexOf(n) >= 0; });
    if (fileCol < 0 || numCol < 0) return null;
    var rows = [];
    for (var i = 1; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      var cells = split(lines[i], sep);
      var file = (cells[fileCol] || "").trim(), number = (cells[numCol] || "").trim();
      if (file && number) rows.push({ line: i + 1, file: file.replace(/\\/g, "/"), number: number, used: false });
    }
    return rows;
  }

  function split(line, sep) {
    var cells = [], cell = "", quoted = false;
    for (var i = 0; i < line.length; i++) {
      var c = line.charAt(i);
      if (quoted) {
        if (c === '"' && line.charAt(i + 1) === '"') { cell += '"'; i++; }
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === sep) { cells.push(cell); cell = ""; }
      else cell += c;
    }
    cells.push(cell);
    return cells;
  }

  function numberFor(file) {
    if (numberInput && numberInput.value.trim()) return numberInput.value.trim();
    if (!manifest) return null;
    var path = (file.webkitRelativePath || file.name).toLowerCase();
    var name = file.name.toLowerCase();
    for (var i = 0; i < manifest.length; i++) {
      var row = manifest[i], f = row.file.toLowerCase();
      if (f === path || f.split("/").pop() === name) { row.used = true; return row.number; }
    }
    return null;
  }

  start.addEventListener("click", function () {
    if (running) return;
    running = true;
    start.disabled = true;
    next();
  });

  function next() {
    var entry = queue.find(function (q) { return !q.done; });
    if (!entry) return finish();
    upload(entry).then(function () { entry.done = true; next(); });
  }

  function finish() {
    running = false;
    var counts = { done: 0, refused: 0 };
    queue.forEach(function (q) { if (q.ok) counts.done++; else counts.refused++; });
    summary.textContent = format(t.allDone, [counts.done, counts.refused]);
    var open = manifest ? manifest.filter(function (r) { return !r.used; }) : [];
    if (open.length) {
      unmatchedBox.hidden = false;
      unmatchedBox.textContent = t.unmatchedRows + " " + open.map(function (r) { return r.line + ": " + r.file + " → " + r.number; }).join("; ");
    }
  }

  function setState(entry, text, percent) {
    entry.item.querySelector(".upload-state").textContent = text;
    if (percent !== undefined) entry.item.querySelector("progress").value = percent;
  }

  function upload(entry) {
    var file = entry.file;
    var body = { fileName: file.name, length: file.size };
    var objectId = root.dataset.objectId;
    var number = numberFor(file);
    if (objectId) body.objectId = +objectId; else if (number) body.objectNumber = number;
    setState(entry, t.uploading, 0);
    return json("POST", api + "/uploads", body).then(function (r) {
      if (r.status === 422 && body.objectNumber) {
        // The number matches no object: the file still goes in, unlinked, and the list says so.
        entry.note = format(t.unknownObject, [body.objectNumber]);
        delete body.objectNumber;
        return json("POST", api + "/uploads", body);
      }
      return r;
    }).then(function (r) {
      if (r.status === 201 && r.body.state === "Completed") return done(entry, r.body);
      if (r.status !== 201) return refuse(entry, r.body);
      return sendFrom(entry, r.body.uploadUrl, 0, 0);
    }).catch(function () { setState(entry, t.failed); entry.ok = false; });
  }

  function sendFrom(entry, url, offset, retries) {
    var file = entry.file;
    // Everything arrived (the answer to the last chunk may have been lost): ask what became of it.
    if (offset >= file.size && retries >= 0) return settle(entry, url, retries);
    var end = Math.min(offset + chunkSize, file.size);
    return put(url, file.slice(offset, end), offset, end, file.size, function (loaded) {
      setState(entry, t.uploading, Math.floor((offset + loaded) * 100 / file.size));
    }).then(function (r) {
      if (r.status === 201) return done(entry, r.body);
      if (r.status === 200 && r.body.state === "Completed") return done(entry, r.body);
      if (r.status === 200) return sendFrom(entry, url, r.body.received, 0);
      if (r.status === 409 && r.offset !== null && r.offset !== offset) return sendFrom(entry, url, r.offset, 0);
      if (r.status === 409) return settle(entry, url, 0);
      return refuse(entry, r.body);
    }, function () {
      // Network error: wait, ask the server how far it got, go on from there.
      retries = Math.max(retries, 0);
      if (retries >= maxRetries) { setState(entry, t.failed); entry.ok = false; return; }
      setState(entry, t.resuming);
      return wait(Math.min(30000, 1000 * Math.pow(2, retries))).then(function () {
        return resumeOffset(url);
      }).then(function (received) {
        return sendFrom(entry, url, received, retries + 1);
      }, function () {
        return sendFrom(entry, url, offset, retries + 1);
      });
    });
  }

  function settle(entry, url, retries) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().then(function (b) { return { status: r.status, body: b }; });
    }).then(function (r) {
      if (r.status !== 200) return refuse(entry, r.body);
      if (r.body.state === "Completed") return done(entry, r.body);
      if (r.body.state === "Failed") return refuse(entry, { detail: r.body.refusal ? r.body.refusal.message : "" });
      // All bytes are there but the ingest did not finish: an empty last chunk completes it.
      return sendFrom(entry, url, r.body.received, -1);
    }, function () {
      if (retries >= maxRetries) { setState(entry, t.failed); entry.ok = false; return; }
      return wait(1000 * Math.pow(2, retries)).then(function () { return settle(entry, url, retries + 1); });
    });
  }

  function done(entry, upload) {
    entry.ok = true;
    var text = upload.duplicate ? t.duplicate : t.done;
    if (entry.note) text += " — " + entry.note;
    setState(entry, text, 100);
    if (upload.fileId) {
      var link = document.createElement("a");
      link.href = root.dataset.files + upload.fileId;
      link.textContent = t.view;
      entry.item.appendChild(document.createTextNode(" "));
      entry.item.appendChild(link);
    }
  }

  function refuse(entry, problem) {
    entry.ok = false;
    entry.item.classList.add("upload-refused");
    setState(entry, t.refused + ": " + ((problem && (problem.detail || problem.title)) || ""));
  }

  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  function resumeOffset(url) {
    return fetch(url, { method: "HEAD", credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HEAD " + r.status);
      return +r.headers.get("Upload-Offset");
    });
  }

  function json(method, url, body) {
    return fetch(url, {
      method: method, credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (b) { return { status: r.status, body: b }; });
    });
  }

  // XMLHttpRequest rather than fetch: it reports upload progress for the bar.
  function put(url, blob, offset, end, total, progress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open("PUT", url);
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.setRequestHeader("Content-Range", end > offset ? "bytes " + offset + "-" + (end - 1) + "/" + total : "bytes */" + total);
      xhr.upload.onprogress = function (e) { progress(e.loaded); };
      xhr.onerror = function () { reject(new Error("network")); };
      xhr.onabort = function () { reject(new Error("abort")); };
      xhr.onload = function () {
        var body = {};
        try { body = JSON.parse(xhr.responseText || "{}"); } catch (e) { body = {}; }
        var header = xhr.getResponseHeader("Upload-Offset");
        resolve({ status: xhr.status, body: body, offset: header === null ? null : +header });
      };
      xhr.send(blob);
    });
  }
})();
