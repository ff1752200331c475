// What a host page needs for an iframe'd explorer (`index.html?embed=1`), which posts two kinds
// of message to its parent window:
// - { type: "interpol-explorer:height", height }: the iframe is sized to the content, so that
//   the reader never scrolls inside it;
// - { type: "interpol-explorer:view", view }: the reader moved to another view; if the iframe's
//   top is above the window (a link clicked far down), it is scrolled back into sight, so that
//   the new view is read from its start.
const frame = document.getElementById('explorer-frame');
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const { type, height } = event.data ?? {};
  if (type === 'interpol-explorer:height' && Number.isFinite(height)) frame.style.height = `${height}px`;
  if (type === 'interpol-explorer:view' && frame.getBoundingClientRect().top < 0) frame.scrollIntoView();
});
