(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("drift-data").textContent);
  var tip = document.getElementById("tip");
  var rows = function () { return Array.prototype.slice.call(document.querySelectorAll("#findings tbody tr")); };
  var current = -1;

  function pieces(id, side) {
    return document.querySelectorAll('.m[data-f="' + id + '"]' + (side ? '[data-side="' + side + '"]' : ""));
  }
  function clearHighlight() {
    Array.prototype.forEach.call(document.querySelectorAll(".hl"), function (e) { e.classList.remove("hl"); });
  }
  // Highlights a finding everywhere and brings its counterpart (the other column) into view.
  function show(id, fromSide) {
    clearHighlight();
    Array.prototype.forEach.call(pieces(id), function (e) { e.classList.add("hl"); });
    var row = document.querySelector('#findings tr[data-f="' + id + '"]');
    if (row) { row.classList.add("hl"); }
    var other = fromSide === "r" ? "o" : fromSide === "o" ? "r" : null;
    var target = (other && pieces(id, other)[0]) || pieces(id)[0];
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
    current = rows().findIndex(function (r) { return r.dataset.f === id; });
  }
  function line(cls, text) {
    var s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }
  function showTip(mark) {
    var d = data[mark.dataset.f];
    if (!d) { return; }
    tip.textContent = "";
    tip.appendChild(line("k", d.kind + " · " + d.level));
    tip.appendChild(document.createTextNode(" " + d.explanation));
    var counterpart = mark.dataset.side === "r" ? d.original : d.reprint;
    var where = mark.dataset.side === "r" ? "Original: " : "Reprint: ";
    tip.appendChild(line("c", counterpart ? where + "\u201c" + counterpart + "\u201d" : where + "(none)"));
    var box = mark.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 460)) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
    tip.hidden = false;
  }
  function hideTip() { tip.hidden = true; }

  document.addEventListener("mouseover", function (e) { var m = e.target.closest(".m"); if (m) { showTip(m); } });
  // Leaving a mark returns the tip to the focused mark, if any: after a jump, focus sits on the counterpart.
  document.addEventListener("mouseout", function (e) {
    if (!e.target.closest(".m")) { return; }
    var focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest(".m") : null;
    if (focused) { showTip(focused); } else { hideTip(); }
  });
  document.addEventListener("focusin", function (e) { var m = e.target.closest(".m"); if (m) { showTip(m); } else { hideTip(); } });
  document.addEventListener("click", function (e) {
    var m = e.target.closest(".m");
    if (m) { show(m.dataset.f, m.dataset.side); return; }
    var b = e.target.closest("button[data-go]");
    if (b) { show(b.dataset.go, null); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var m = document.activeElement && document.activeElement.closest ? document.activeElement.closest(".m") : null;
    if (m && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); show(m.dataset.f, m.dataset.side); return; }
    var list = rows();
    if (!list.length) { return; }
    if (e.key === "n" || e.key === "j") { current = (current + 1) % list.length; show(list[current].dataset.f, "r"); }
    else if (e.key === "p" || e.key === "k") { current = (current - 1 + list.length) % list.length; show(list[current].dataset.f, "r"); }
    else if (e.key === "Escape") { clearHighlight(); hideTip(); }
  });

  // Sortable findings table: severity, type and position, each ascending then descending.
  Array.prototype.forEach.call(document.querySelectorAll("#findings th button[data-sort]"), function (button) {
    button.addEventListener("click", function () {
      var key = button.dataset.sort;
      var th = button.parentNode;
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(document.querySelectorAll("#findings th"), function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = document.querySelector("#findings tbody");
      rows().sort(function (a, b) {
        var x = a.dataset[key], y = b.dataset[key];
        var c = key === "type" ? x.localeCompare(y) : Number(x) - Number(y);
        return (ascending ? c : -c) || Number(a.dataset.pos) - Number(b.dataset.pos);
      }).forEach(function (r) { body.appendChild(r); });
      current = -1;
    });
  });
  // Printing shows the collapsed site chrome too.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
})();
