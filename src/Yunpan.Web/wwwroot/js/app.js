// Small helpers the WebAssembly app calls through JS interop.
window.yunpan = {
  // The language the server chose for this page (<html lang>), which the app follows.
  lang: () => document.documentElement.lang,
  // Starts a browser download of an API URL: the browser streams it to disk (Range-resumable), nothing is buffered.
  download: (url) => {
    const a = document.createElement('a');
    a.href = url;
    a.download = '';
    document.body.appendChild(a);
    a.click();
    a.remove();
  },
  // Opens a hidden file input's picker from a styled button.
  click: (element) => element && element.click(),
  // Moves the keyboard focus to the first element matching a selector, e.g. the first item of a menu just opened,
  // which may appear a few frames later (popovers render apart from the component that opens them); returnFocus
  // gives it back to where it was.
  focusFirst: (selector) => {
    window.yunpan.returnTo = document.activeElement;
    let frames = 30;
    const attempt = () => {
      const element = document.querySelector(selector);
      if (element) element.focus();
      else if (frames-- > 0) requestAnimationFrame(attempt);
    };
    attempt();
  },
  returnFocus: () => {
    const element = window.yunpan.returnTo;
    window.yunpan.returnTo = null;
    if (element && element.isConnected) element.focus();
  },
};
