import { describe, expect, it } from 'vitest';
import { fieldLabel, GUARDED_FIELDS } from './wording.ts';

describe('a corrected field, as readers are told of it', () => {
  it('is a noun phrase that reads after "its", for every field the record guards', () => {
    const fields = ['summary', 'note', 'notes', 'speaker', 'event', 'respondsTo', 'disputes', 'topics', 'title', 'date', 'outlet', 'author', 'dateAsPrinted', 'dateline'];
    fields.push('inferred.date', 'inferred.outlet', 'completeness.status', 'completeness.basis', 'rewordedFrom.report', 'rewordedFrom.evidence', 'slips[0].text', 'slips[1].note');
    for (const field of fields) {
      expect(Object.values(GUARDED_FIELDS).some((guarded) => guarded.test(field)), field).toBe(true);
      const label = fieldLabel(field);
      expect(label, field).not.toMatch(/^(how|what|the|its|report it)\b/);
      expect(label, field).not.toContain('[');
    }
    expect(fieldLabel('inferred.event')).toBe('note on how the occasion was established');
    expect(fieldLabel('slips[1].note')).toBe('note on the outlet’s slip 2');
  });
});
