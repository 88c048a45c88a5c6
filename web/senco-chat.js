// Starts the SENCO Guide widget. A school's web team can copy this file and set ASSISTANT_URL.
(function () {
  // The assistant's address. "?assistant=" overrides it (the browser test uses a free port).
  var ASSISTANT_URL = new URLSearchParams(window.location.search).get("assistant") || "http://localhost:5005";

  WebChat.default({
    selector: "#senco-guide-chat",
    initPayload: "/greet",
    socketUrl: ASSISTANT_URL,
    socketPath: "/socket.io/",
    title: "SENCO Guide",
    subtitle: "How to become a SENCO in England",
    inputTextFieldHint: "Type your question…",
    params: { storage: "session" },  // keep the conversation when the page reloads
    showMessageDate: false,
    customMessageDelay: function () { return 0; },
    linkTarget: "_blank",
    mainColor: "#1d70b8",
    userBackgroundColor: "#1d70b8",
    userTextColor: "#ffffff",
    assistBackgoundColor: "#f3f2f1",
    assistTextColor: "#0b0c0c"
  }, null);

  // Accessibility: the widget's text box and launcher have no accessible names, and its quick-reply buttons are
  // plain divs a keyboard cannot reach. Name them, and make each reply a focusable button (Enter or Space).
  new MutationObserver(function () {
    document.querySelectorAll(".rw-reply:not([tabindex])").forEach(function (reply) {
      reply.setAttribute("tabindex", "0");
      reply.setAttribute("role", "button");
      reply.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          reply.click();
        }
      });
    });
    var input = document.querySelector(".rw-new-message");
    if (input && !input.getAttribute("aria-label")) {
      input.setAttribute("aria-label", "Your question for SENCO Guide");
    }
    var launcher = document.querySelector(".rw-launcher");
    if (launcher && !launcher.getAttribute("aria-label")) {
      launcher.setAttribute("aria-label", "Open or close the SENCO Guide chat");
    }
  }).observe(document.body, { childList: true, subtree: true });
})();
