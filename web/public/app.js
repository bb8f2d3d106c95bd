// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Move focus to the error summary after a failed post, so screen readers announce it.
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();

  // /statements: the filters are a closed disclosure on small screens; open them on wide ones.
  var filters = document.getElementById("filters");
  if (filters && window.matchMedia && window.matchMedia("(min-width: 48.01rem)").matches) filters.open = true;

  // Statement pages: a "Copy citation" button per proposal (its citation is in data-cite).
  var list = document.querySelector("[data-cite-copy]");
  if (list && navigator.clipboard) {
    var label = list.getAttribute("data-cite-copy");
    var done = list.getAttribute("data-cite-copied");
    var items = list.querySelectorAll("[data-cite]");
    for (var i = 0; i < items.length; i++) {
      (function (item) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "secondary cite-copy";
        button.textContent = label;
        button.addEventListener("click", function () {
          navigator.clipboard.writeText(item.getAttribute("data-cite")).then(function () {
            button.textContent = done;
            button.setAttribute("aria-live", "polite");
          });
        });
        var where = item.querySelector("p") || item;
        where.appendChild(button);
      })(items[i]);
    }
  }
})();
