import type { Plugin } from 'vite';

/**
 * The built app may load only its own files and talk to nothing: manifests often hold secrets, and
 * this policy makes "no request leaves the page" a browser guarantee, not only a habit of our code.
 * Styles allow inline because Monaco sets them at run time; nothing else does.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Adds the policy to the built index.html only: `vite` dev needs inline scripts and its socket. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'podcaps-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
