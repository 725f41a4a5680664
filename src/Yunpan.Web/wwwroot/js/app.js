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
};
