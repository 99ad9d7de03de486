// Starts the Fuseki UI when the address has one of its routes (/#/dataset/corrkg/query), the
// correspondence browser otherwise. It is a file, not a script inline in the page, so that
// the page's Content-Security-Policy can forbid inline script; what the server fills in
// (the dataset's name, the UI's file names) is in data- attributes of <html>.
"use strict";
(function () {
  const page = document.documentElement.dataset;
  const fuseki = location.hash.startsWith("#/");
  function add(tag, attrs) {
    const el = document.createElement(tag);
    Object.assign(el, attrs);
    document.head.append(el);
  }
  add("link", { rel: "stylesheet", href: fuseki ? page.fusekiStyle : "./browse/app.css" });
  // Added scripts run as soon as they arrive: both apps look for <div id="app">, so not before it is parsed.
  function scripts() {
    if (fuseki) {
      add("script", { type: "module", src: page.fusekiScript });
    } else {
      add("script", { src: "./browse/app.js", async: false });
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scripts);
  else scripts();
})();
