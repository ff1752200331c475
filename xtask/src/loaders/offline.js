// Starts the explorer from the wasm written into this page, which needs no request.
__REASONS__
__NOTICE__
{
  const wasmBase64 = '__WASM_BASE64__';
  try {
    if (typeof WebAssembly !== 'object') throw cannotStartBecause(REASONS.noWebAssembly);
    const text = atob(wasmBase64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
    await __wbg_init({ module_or_path: bytes });
  } catch (error) {
    cannotStart(reasonFor(error));
    // A failure the words name is said; any other goes on to the console, with its details.
    if (!error?.explorerReason) throw error;
  }
}
