/**
 * British and American spellings of one word ("defence" and "defense", "recognise" and
 * "recognize", "favour" and "favor"): the outlets print both, and a reader types either. Each
 * rule is one regular difference between the two spellings, written once and read both ways;
 * a rule applies only after enough of the word (three letters or more) that short words it
 * would wrongly join ("four" and "for", "prise" and "prize") stay apart. The candidates are not
 * checked here: the search page keeps only those the archive holds (src/lib/search-words.ts).
 * Pure.
 */

/** Endings a spelling difference may sit before: inflections and common suffixes. */
const TAIL = '(s|d|ed|es|ing|er|ers|or|ors|ation|ations|ational|ment|ments|able|ably|ite|ites|ist|ists|al|ally|ly|y)?';

/** One difference: the British form of a part of the word, the American form, and what must come before it. */
interface SpellingRule {
  british: string;
  american: string;
  /** A pattern the letters before the part must end with (beyond the three-letter minimum). */
  after?: string;
}

export const SPELLING_RULES: SpellingRule[] = [
  { british: 'ence', american: 'ense' }, // defence, offence, licence, pretence
  { british: 'is', american: 'iz' }, // recognise, organisation, criticised
  { british: 'ys', american: 'yz' }, // analyse, paralyse
  { british: 'our', american: 'or' }, // favour, honour, labour, behaviour, favourite
  { british: 'ogue', american: 'og' }, // dialogue, catalogue
  { british: 're', american: 'er', after: '[b-df-hj-np-tv-z]' }, // centre, theatre, metre: after a consonant
  { british: 'll', american: 'l', after: '[aeiou]' }, // travelled, cancelled, counsellor, labelling
  { british: 'lment', american: 'llment' }, // fulfilment, enrolment
  { british: 'gement', american: 'gment', after: 'd' }, // judgement, acknowledgement
  { british: 'amme', american: 'am' }, // programme
];

/** Each way of a rule, as a pattern on the whole key and its replacement. */
function sides(rule: SpellingRule): [RegExp, string][] {
  const before = `^([a-z]{3,}${rule.after ? `(?<=${rule.after})` : ''})`;
  const pairs: [string, string][] = [
    [rule.british, rule.american],
    [rule.american, rule.british],
  ];
  return pairs.map(([from, to]) => {
    // -ise/-ize and -yse/-yze: the s or z is followed by e or a (recognise, recognised, organisation).
    const end = rule.british === 'is' || rule.british === 'ys' ? `(e|es|ed|ing|er|ers|ation|ations|ational)$` : `${TAIL}$`;
    return [new RegExp(`${before}${from}${end}`), `$1${to}$2`];
  });
}

const RULE_SIDES = SPELLING_RULES.flatMap(sides);

/** The other spellings a search key may have by the rules above: candidates only, most of them no word at all. */
export function spellingCandidates(key: string): string[] {
  return [...new Set(RULE_SIDES.filter(([pattern]) => pattern.test(key)).map(([pattern, replacement]) => key.replace(pattern, replacement)))].filter((candidate) => candidate !== key);
}
