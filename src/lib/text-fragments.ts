/** Text fragments (`#:~:text=…`): links the browser opens with the words highlighted, no script needed. */

/** `-`, `,` and `&` are the directive's own syntax, so they are escaped too. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** A fragment for a passage: the whole of a short one, the first and last four words of a long one. */
export function passageDirective(passage: string): string {
  const words = passage.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= 8
    ? `text=${encodeTextDirective(words.join(' '))}`
    : `text=${encodeTextDirective(words.slice(0, 4).join(' '))},${encodeTextDirective(words.slice(-4).join(' '))}`;
}
