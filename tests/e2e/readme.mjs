// README's deployment snippets, read by the tests that hold them to what the tests run under.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const readme = () => readFile(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

/** README's configuration for `server` (the fenced block after its "**nginx**" and so on). */
export async function snippet(server) {
  const text = await readme();
  const section = text.slice(text.indexOf('### Serving it compressed'));
  const found = new RegExp(`\\*\\*${server}\\*\\*[\\s\\S]*?\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(section);
  assert.ok(found, `README has no ${server} configuration under "Serving it compressed"`);
  return found[1];
}

/**
 * README's policy for a host page on another origin, with the host's origin and the
 * explorer's, which the policy names.
 */
export async function crossOriginPolicy() {
  const found = /\*\*A host page on another origin\*\* \(`([^`]+)`[\s\S]*?\nContent-Security-Policy: ([^\n]+)\n/.exec(await readme());
  assert.ok(found, 'README gives the host page\'s policy for a host on another origin');
  return { hostOrigin: found[1], explorerOrigin: /script-src 'self' (\S+)/.exec(found[2])?.[1], policy: found[2] };
}

