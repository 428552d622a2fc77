/**
 * Share links carry the whole manifest in the URL fragment (`#m=`), deflated and base64url-encoded.
 * The fragment never reaches a server, which matters: manifests often hold secrets.
 */
const FRAGMENT_KEY = 'm';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeManifest(text: string): Promise<string> {
  const deflated = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return toBase64Url(deflated);
}

export async function decodeManifest(encoded: string): Promise<string> {
  const inflated = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
  // fatal: a corrupted link must fail loudly rather than load mojibake over the user's text.
  return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
}

/** The link to this page with `text` in its fragment. */
export async function shareUrl(href: string, text: string): Promise<string> {
  const url = new URL(href);
  url.hash = `${FRAGMENT_KEY}=${await encodeManifest(text)}`;
  return url.toString();
}

/** The encoded manifest of a `#m=...` fragment, or undefined for any other fragment. */
export function fragmentPayload(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(FRAGMENT_KEY) ?? undefined;
}
