// citation-js ships no types; this declares the part the project uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void } } };
  };
}
declare module 'rehype-citation' {
  export const Cite: {
    plugins: { config: { get(name: '@csl'): { templates: { data: Record<string, string> } } } };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
