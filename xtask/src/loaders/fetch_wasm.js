// The wasm's answer, fetched with its hash where the build gave one.
async function fetchWasm(address, integrity) {
  const answer = await fetch(address, integrity ? { integrity } : {}).catch(() => null);
  if (answer?.ok) return answer;
  throw cannotStartBecause(await whyRefused([address]));
}
