/* Suggestions in the search box, as the user types: a progressive enhancement. Without this
   file the form still submits to the results page; with it, /api/v1/suggest offers up to eight
   completions in a list that the keyboard can walk (ARIA 1.2 combobox pattern). */
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest]");
  if (!input || !window.fetch) {
    return;
  }
  var english = document.documentElement.lang === "en";
  var pages = english
    ? { software: "/en/software/", solution: "/en/solutions/", organization: "/en/organizations/", category: "/en/categories/" }
    : { software: "/logiciels/", solution: "/solutions/", organization: "/organismes/", category: "/categories/" };
  var list = document.createElement("ul");
  list.id = "q-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", english ? "Suggestions" : "Suggestions");
  list.hidden = true;
  input.parentNode.parentNode.insertBefore(list, input.parentNode.nextSibling);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  var active = -1;
  var timer = null;
  var asked = 0;

  function close() {
    list.hidden = true;
    list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function select(index) {
    var items = list.children;
    for (var i = 0; i < items.length; i++) {
      items[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", items[index].id);
    }
  }

  function show(suggestions) {
    list.textContent = "";
    suggestions.slice(0, 8).forEach(function (s, i) {
      var item = document.createElement("li");
      item.id = "q-suggestion-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.textContent = s.matched ? s.label + " (" + s.matched + ")" : s.label;
      item.dataset.href = (pages[s.kind] || pages.software) + encodeURIComponent(s.id);
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = item.dataset.href;
      });
      list.appendChild(item);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
    active = -1;
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2 || text.length > 100) {
      close();
      return;
    }
    timer = setTimeout(function () {
      var ticket = ++asked;
      fetch("/api/v1/suggest?limit=8&q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
        .then(function (answer) { return answer.ok ? answer.json() : { data: [] }; })
        .then(function (body) { if (ticket === asked) { show(body.data || []); } })
        .catch(close);
    }, 150);
  });

  input.addEventListener("keydown", function (event) {
    var count = list.children.length;
    if (list.hidden || count === 0) {
      return;
    }
    if (event.key === "ArrowDown") {
      event.preventDefault();
      select((active + 1) % count);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      select((active - 1 + count) % count);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = list.children[active].dataset.href;
    } else if (event.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
