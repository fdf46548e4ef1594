// The portal's own script: small progressive enhancements; every page works without it.

// A long list of checkboxes (an agenda item's priorities, groups, outcomes) gets a filter box: typing narrows the
// list (accents and case ignored), the chosen ones stay visible, and a status line says how many are shown and chosen.
function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

function enhanceSearchableChoices(list) {
  var first = list.querySelector("input[type=checkbox]");
  if (!first || list.dataset.enhanced) { return; }
  list.dataset.enhanced = "1";
  var fieldset = list.closest("fieldset");
  var legend = fieldset ? fieldset.querySelector("legend") : null;
  var name = legend ? legend.textContent.trim() : "";
  var options = Array.prototype.slice.call(list.children);
  var wrap = document.createElement("div");
  wrap.className = "choice-filter";
  var label = document.createElement("label");
  var input = document.createElement("input");
  input.type = "search";
  input.id = list.id + "-filter";
  input.setAttribute("autocomplete", "off");
  input.setAttribute("aria-controls", list.id);
  label.htmlFor = input.id;
  label.textContent = (first.dataset.filterLabel || "%(list)s").replace("%(list)s", name);
  var status = document.createElement("p");
  status.className = "help choice-filter-status";
  status.id = list.id + "-status";
  status.setAttribute("aria-live", "polite");
  input.setAttribute("aria-describedby", status.id);
  wrap.appendChild(label);
  wrap.appendChild(input);
  wrap.appendChild(status);
  list.parentNode.insertBefore(wrap, list);
  list.classList.add("choice-list-scroll");

  function update() {
    var wanted = fold(input.value.trim());
    var shown = 0;
    var chosen = 0;
    options.forEach(function (option) {
      var box = option.querySelector("input[type=checkbox]");
      var checked = box && box.checked;
      var match = !wanted || fold(option.textContent).indexOf(wanted) !== -1;
      option.hidden = !(match || checked);
      if (!option.hidden) { shown += 1; }
      if (checked) { chosen += 1; }
    });
    status.textContent = (first.dataset.filterStatus || "%(shown)s / %(total)s")
      .replace("%(shown)s", shown).replace("%(total)s", options.length).replace("%(chosen)s", chosen);
  }
  input.addEventListener("input", update);
  list.addEventListener("change", update);
  // Enter in the filter box must not submit the form.
  input.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); } });
  update();
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".searchable-choices").forEach(function (list) {
    if (list.tagName === "DIV") { enhanceSearchableChoices(list); }
  });

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
  var focusable = target && target.hasAttribute("tabindex") ? target : messages;
  if (focusable === messages) { messages.setAttribute("tabindex", "-1"); }
  focusable.focus();
  // Chromium scrolls to the address's #fragment after this runs and, when that element cannot take focus, clears
  // the focus: give it back once the page has loaded and settled.
  window.addEventListener("load", function () {
    window.requestAnimationFrame(function () {
      if (document.activeElement === document.body || document.activeElement === null) { focusable.focus(); }
    });
  });
});

// Coding answers: selecting words in an answer copies them into that answer's passage field.
document.addEventListener("mouseup", function (event) {
  var source = event.target.closest ? event.target.closest("[data-code-source]") : null;
  if (!source) { return; }
  var selected = window.getSelection ? String(window.getSelection()).trim() : "";
  var field = document.getElementById(source.getAttribute("data-code-source"));
  if (selected && field) { field.value = selected; }
});
