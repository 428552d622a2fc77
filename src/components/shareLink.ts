import type { NodeProfile } from '../core/node/nodeProfile.ts';
import { nodeFromJSON } from '../core/node/parseNode.ts';

/**
 * Share links carry the whole manifest in the URL fragment (`#m=`), deflated and base64url-encoded,
 * and the node it was looked at on (`&runtime=containerd@1.7&oci=runc@1.5&kernel=5.4&kubernetes=1.33`,
 * readable, since it is no secret). The fragment never reaches a server, which matters: manifests
 * often hold secrets.
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

/**
 * The link to this page with `text` and `node` in its fragment. The node always travels, the
 * default one too: whoever opens the link sees what its author saw, whatever their own node.
 */
export async function shareUrl(href: string, text: string, node: NodeProfile): Promise<string> {
  const url = new URL(href);
  const params = new URLSearchParams({
    runtime: `${node.runtime}@${node.runtimeVersion}`,
    oci: `${node.ociRuntime}@${node.ociRuntimeVersion}`,
    kernel: node.kernel,
    kubernetes: node.kubernetes,
  });
  // `@` needs no escaping in a fragment, and left as it is the link stays readable.
  url.hash = `${FRAGMENT_KEY}=${await encodeManifest(text)}&${params.toString().replace(/%40/g, '@')}`;
  return url.toString();
}

/**
 * The node of a link's fragment, each field checked (one no longer supported is the default);
 * undefined when it names none, as links made before profiles do, or an unknown runtime.
 */
export function fragmentNode(hash: string): NodeProfile | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const runtime = params.get('runtime');
  if (runtime === null) return undefined;
  const [name, version] = runtime.split('@');
  const [ociRuntime, ociRuntimeVersion] = (params.get('oci') ?? '').split('@');
  return nodeFromJSON({
    runtime: name,
    runtimeVersion: version,
    ociRuntime,
    ociRuntimeVersion,
    kernel: params.get('kernel') ?? undefined,
    kubernetes: params.get('kubernetes') ?? undefined,
  });
}

/** The encoded manifest of a `#m=...` fragment, or undefined for any other fragment. */
export function fragmentPayload(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(FRAGMENT_KEY) ?? undefined;
}
