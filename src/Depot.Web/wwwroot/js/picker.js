// Type-ahead pickers (Pages/Shared/_Picker.cshtml) as ARIA comboboxes, and focus after htmx swaps.
// Without this script every picker still works: "Zoeken" posts the form and shows the matches as radio buttons.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function parts(input) {
    var root = input.closest("[data-picker]");
    return { root: root, input: input, value: root.querySelector("[data-picker-value]"), list: document.getElementById(input.getAttribute("aria-controls")) };
  }

  function options(p) { return Array.prototype.slice.call(p.list.querySelectorAll("[role=option]:not([aria-disabled=true])")); }

  function open(p, show) {
    p.list.hidden = !show;
    p.input.setAttribute("aria-expanded", show ? "true" : "false");
    if (!show) { p.input.removeAttribute("aria-activedescendant"); }
  }

  function activate(p, option) {
    options(p).forEach(function (o) { o.setAttribute("aria-selected", o === option ? "true" : "false"); });
    if (option) { p.input.setAttribute("aria-activedescendant", option.id); option.scrollIntoView({ block: "nearest" }); }
  }

  function token(p) {
    var form = p.input.form;
    var field = form && form.querySelector("input[name=__RequestVerificationToken]");
    return field ? field.value : "";
  }

  function choose(p, option) {
    if (!option) return;
    if (option.hasAttribute("data-create")) {
      var body = new FormData();
      body.append("q", option.getAttribute("data-create"));
      body.append("__RequestVerificationToken", token(p));
      var url = p.root.getAttribute("data-lookup");
      url += (url.indexOf("?") < 0 ? "?" : "&") + "handler=Create";
      fetch(url, { method: "POST", body: body, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
        .then(function (made) { set(p, String(made.id), made.label); announce(p, made.message); })
        .catch(function () { open(p, false); });
      return;
    }
    set(p, option.getAttribute("data-value"), option.getAttribute("data-label"));
  }

  function set(p, id, label) {
    p.value.value = id;
    p.input.value = label;
    p.input.setAttribute("data-label", label);
    open(p, false);
    p.input.focus();
  }

  function announce(p, message) {
    var hint = p.root.querySelector(".hint");
    if (hint && message) { hint.setAttribute("role", "status"); hint.textContent = message; }
  }

  var timer = null;
  function search(p) {
    var q = p.input.value.trim();
    if (q.length === 0) { p.value.value = ""; open(p, false); return; }
    var url = p.root.getAttribute("data-lookup");
    url += (url.indexOf("?") < 0 ? "?" : "&") + "key=" + encodeURIComponent(p.input.id) + "&q=" + encodeURIComponent(q);
    htmx.ajax("GET", url, { target: p.list, swap: "innerHTML" }).then(function () {
      open(p, p.list.children.length > 0);
      activate(p, null);
    });
  }

  document.addEventListener("input", function (e) {
    var input = e.target.closest && e.target.closest("[data-picker-input]");
    if (!input || !input.closest("[data-picker]").querySelector("[data-picker-value]")) return;
    var p = parts(input);
    clearTimeout(timer);
    timer = setTimeout(function () { search(p); }, 200);
  });

  document.addEventListener("keydown", function (e) {
    var input = e.target.closest && e.target.closest("[data-picker-input]");
    if (!input || !input.closest("[data-picker]").querySelector("[data-picker-value]")) return;
    var p = parts(input);
    var all = options(p);
    var current = document.getElementById(input.getAttribute("aria-activedescendant") || "");
    var i = all.indexOf(current);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (p.list.hidden) { if (all.length === 0) { search(p); return; } open(p, true); }
      var next = e.key === "ArrowDown" ? (i + 1) % all.length : (i <= 0 ? all.length - 1 : i - 1);
      activate(p, all[next]);
    } else if (e.key === "Enter") {
      if (!p.list.hidden && current) { e.preventDefault(); choose(p, current); }
      else if (!p.list.hidden) { e.preventDefault(); }
    } else if (e.key === "Escape") {
      if (!p.list.hidden) { e.preventDefault(); open(p, false); }
    }
  });

  document.addEventListener("click", function (e) {
    var option = e.target.closest && e.target.closest("[data-picker] [role=option]");
    if (option && option.getAttribute("aria-disabled") !== "true") {
      choose(parts(option.closest("[data-picker]").querySelector("[data-picker-input]")), option);
    }
  });

  document.addEventListener("focusout", function (e) {
    var input = e.target.closest && e.target.closest("[data-picker-input]");
    if (!input) return;
    var p = parts(input);
    // Let a click on an option land before the list closes.
    setTimeout(function () { if (!p.root.contains(document.activeElement)) open(p, false); }, 150);
  });

  // After htmx swapped the form (a row added or removed), put the focus where the server said.
  var refocus = false;
  document.addEventListener("htmx:beforeRequest", function (e) {
    refocus = !!(e.detail.elt && e.detail.elt.matches && e.detail.elt.matches(".add-row, .remove-row"));
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!refocus) return;
    refocus = false;
    var focus = document.querySelector("#object-form [autofocus]");
    if (focus) focus.focus();
  });
})();
