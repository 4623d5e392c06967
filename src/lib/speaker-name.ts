/**
 * A speaker's name in the middle of a sentence ("a statement by the United States"). Whether a
 * name takes "the" is in the data, not in a list of names: the name is recorded with it ("The
 * US and the EU"), or the short name that summaries begin with has it ("The US" for "United
 * States").
 */
const THE = /^The /;

export function speakerInText(speaker: { name: string; shortName?: string }): string {
  if (THE.test(speaker.name)) return speaker.name.replace(THE, 'the ');
  return speaker.shortName && THE.test(speaker.shortName) ? `the ${speaker.name}` : speaker.name;
}
