// The portal's own script: small progressive enhancements; every page works without it.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to an error summary so screen-reader users hear what went wrong.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
});

// Coding answers: selecting words in an answer copies them into that answer's passage field.
document.addEventListener("mouseup", function (event) {
  var source = event.target.closest ? event.target.closest("[data-code-source]") : null;
  if (!source) { return; }
  var selected = window.getSelection ? String(window.getSelection()).trim() : "";
  var field = document.getElementById(source.getAttribute("data-code-source"));
  if (selected && field) { field.value = selected; }
});
