// The article tools (components/ArticleTools.tsx): font size, print, share. Progressive enhancement: the
// buttons are plain HTML, hidden until JavaScript runs; the remembered size is applied before the first paint by
// the head script (lib/font-size.ts), which this file must agree with on the storage key and the number of sizes.
(function () {
  var KEY = "co-chu";
  var SIZES = 4;
  var root = document.documentElement;

  function setSize(step) {
    var current = Number(root.getAttribute("data-font-size") || 0);
    var next = Math.min(SIZES - 1, Math.max(0, current + step));
    root.setAttribute("data-font-size", String(next));
    try {
      localStorage.setItem(KEY, String(next));
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 for old phones: no optional catch binding
    } catch (e) {
      // Storage may be off (private browsing): the size still applies to this page.
    }
  }

  function share(tools) {
    var url = tools.getAttribute("data-url");
    var status = tools.querySelector("[role=status]");
    if (navigator.share) {
      navigator.share({ title: tools.getAttribute("data-title"), url: url }).catch(function () {
        // The reader closed the share sheet.
      });
      return;
    }
    var copied = navigator.clipboard ? navigator.clipboard.writeText(url) : Promise.reject();
    copied.then(
      function () {
        status.textContent = tools.getAttribute("data-copied");
      },
      function () {
        status.textContent = url;
      },
    );
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-tool]");
    var tools = button && button.closest(".article-tools");
    if (!tools) return;
    var tool = button.getAttribute("data-tool");
    if (tool === "smaller") setSize(-1);
    else if (tool === "larger") setSize(1);
    else if (tool === "print") window.print();
    else if (tool === "share") share(tools);
  });
  // The buttons work from now on: show them (their place was kept).
  root.classList.add("tools-ready");
})();
