// The one part of jsdom the JUnit tests use (to prove the XML parses); jsdom ships no types and
// @types/jsdom is not installed for this alone.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { readonly DOMParser: typeof DOMParser };
  }
}
