// The portal's own script: small progressive enhancements; every page works without it.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to an error summary so screen-reader users hear what went wrong.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); return; }

  // A message after a save is seen where the page lands: next to the row or section the address points at
  // (an agenda item just moved, the attendance just saved), and it takes the focus. When the target is a row
  // that can take focus (the moved agenda item), the row keeps it, with the message inside it.
  var messages = document.querySelector(".messages");
  if (!messages) { return; }
  var target = null;
  if (window.location.hash.length > 1) {
    try { target = document.getElementById(decodeURIComponent(window.location.hash.slice(1))); } catch (e) { target = null; }
  }
  if (target) {
    if (target.matches("li, tr, section, article, div")) {
      target.insertBefore(messages, target.firstChild);
    } else {
      target.parentNode.insertBefore(messages, target.nextSibling);
    }
  }
  if (target && target.hasAttribute("tabindex")) {
    target.focus();
  } else {
    messages.setAttribute("tabindex", "-1");
    messages.focus();
  }
});
