// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Move focus to the error summary after a failed post, so screen readers announce it.
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
