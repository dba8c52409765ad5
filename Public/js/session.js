// The idle time-out warning: the page states when the session ends (without JavaScript too);
// here a banner appears shortly before, and "Stay signed in" renews the session in place.
(function () {
  "use strict";
  var banner = document.getElementById("session-warning");
  if (!banner || !window.fetch) return;
  var form = banner.querySelector("form[data-keep-alive]");
  var text = banner.querySelector("[data-session-text]");
  var note = document.getElementById("session-note");
  var warning = parseInt(banner.getAttribute("data-warning"), 10) || 300;
  var timer = null;

  function schedule(remaining) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(function () {
      banner.hidden = false;
    }, Math.max(0, (remaining - warning) * 1000));
  }

  schedule(parseInt(banner.getAttribute("data-remaining"), 10) || 0);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) throw new Error("keep-alive " + response.status);
      return response.json();
    }).then(function (answer) {
      banner.hidden = true;
      schedule(answer.remaining);
      if (note) note.textContent = answer.text;
      text.textContent = answer.text;
    }).catch(function () {
      form.submit();
    });
  });
})();
