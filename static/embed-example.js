// What a host page needs to size an iframe'd explorer (`index.html?embed=1`) to its content:
// the explorer posts { type: "interpol-explorer:height", height } to its parent window.
const frame = document.getElementById('explorer-frame');
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const { type, height } = event.data ?? {};
  if (type === 'interpol-explorer:height' && Number.isFinite(height)) frame.style.height = `${height}px`;
});
