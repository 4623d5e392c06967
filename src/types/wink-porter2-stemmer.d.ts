declare module 'wink-porter2-stemmer' {
  /** The Porter2 (Snowball English) stem of a lower-case word: the stemmer Pagefind applies to English. */
  export default function stem(word: string): string;
}
