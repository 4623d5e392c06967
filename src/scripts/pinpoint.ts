/**
 * The copy button of reading pages, the one script they carry: progressive enhancement only.
 * Without it every paragraph and sentence number is a link to its permalink (the browser's own
 * "copy link" copies it), and claim pages show each quote's citation line in a field to select.
 * With it, arriving at a paragraph, sentence or quote of an article offers its citation line,
 * "TASS, “<title>”, 23 December 2021, para. 1, sentence 4, <permalink>", to copy in one click; a quote
 * marked in pieces is highlighted whole; the claim pages' fields gain a Copy button; and so do
 * the formatted references, copied with their italics (HTML) as well as in plain text.
 */
import { citationLine, placeOfAnchor } from '../lib/pinpoint.ts';

const copied = (button: HTMLButtonElement) => {
  button.textContent = 'Copied';
  setTimeout(() => (button.textContent = 'Copy'), 2000);
};
const copy = (text: string, button: HTMLButtonElement) => navigator.clipboard.writeText(text).then(() => copied(button));
const blob = (type: string, text: string) => new Blob([text], { type });

const button = (onClick: (b: HTMLButtonElement) => void) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = 'Copy';
  b.addEventListener('click', () => onClick(b));
  return b;
};

if (navigator.clipboard) {
  for (const field of document.querySelectorAll<HTMLInputElement>('input.cite-line')) {
    field.addEventListener('focus', () => field.select());
    field.after(button((b) => copy(field.value, b)));
  }
  for (const reference of document.querySelectorAll<HTMLElement>('[data-copy-text]')) {
    const item = () => new ClipboardItem({ 'text/html': blob('text/html', reference.innerHTML), 'text/plain': blob('text/plain', reference.dataset.copyText!) });
    reference.after(button((b) => navigator.clipboard.write([item()]).then(() => copied(b))));
  }

  const article = document.querySelector<HTMLElement>('[data-cite]');
  if (article) {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href;
    const bar = document.createElement('div');
    bar.className = 'pin-bar';
    bar.hidden = true;
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', 'Cite this passage');
    const line = document.createElement('p');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => (bar.hidden = true));
    bar.append(line, button((b) => copy(line.textContent!, b)), close);
    document.body.append(bar);

    const show = () => {
      for (const piece of document.querySelectorAll('.targeted')) piece.classList.remove('targeted');
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      const place = target && (placeOfAnchor(target.id) ?? placeOfAnchor(target.closest('.s')?.id ?? ''));
      bar.hidden = !place;
      if (!target || !place) return;
      for (const piece of document.querySelectorAll(`[data-continues="${target.id}"]`)) piece.classList.add('targeted');
      line.textContent = citationLine(article.dataset.cite!, place, `${canonical}#${target.id}`);
    };
    addEventListener('hashchange', show);
    show();
  }
}
