/**
 * What Astro's build process tells `npm run build` (src/cli/build.mjs) over IPC: the content
 * rules hold (src/data/archive.ts), so its output may be shown as it comes.
 */
export const CONTENT_RULES_HOLD = 'content-rules-hold';
