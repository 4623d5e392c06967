// citation-js ships no types; this declares the part the project uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The records, as CSL-JSON. */
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void; get(name: string): string } } };
  };
}
// rehype-citation's CSL style modules, imported by file (see src/lib/citation.ts): each a string of CSL.
declare module '*/rehype-citation/dist/node/styles/chicago.js' {
  const style: string;
  export default style;
}
declare module '*/rehype-citation/dist/node/styles/mla.js' {
  const style: string;
  export default style;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
