// The portal's own script: small progressive enhancements; every page works without it.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to an error summary so screen-reader users hear what went wrong.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
});
