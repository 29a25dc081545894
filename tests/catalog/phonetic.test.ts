import { describe, expect, it } from 'vitest';
import { fold, searchKeys, skeleton, transliterate } from '../../app/core/catalog/phonetic';

describe('Hinglish and Hindi search keys', () => {
  it('makes atta, aata and आटा meet', () => {
    expect(fold('atta')).toBe('ata');
    expect(fold('aata')).toBe('ata');
    expect(fold('आटा')).toBe('ata');
  });
  it('folds long vowels and aspirates', () => {
    expect(fold('cheeni')).toBe(fold('chini'));
    expect(fold('चीनी')).toBe(fold('chini'));
    expect(fold('daal')).toBe(fold('dal'));
    expect(fold('दाल')).toBe(fold('dhal'));
  });
  it('forgives a kept schwa through the skeleton', () => {
    expect(skeleton('namkeen')).toBe(skeleton('नमकीन'));
    expect(skeleton('haldi')).toBe(skeleton('हल्दी'));
    expect(skeleton('basmati')).toBe(skeleton('बासमती'));
  });
  it('transliterates conjuncts and nasals', () => {
    expect(transliterate('हल्दी')).toBe('haldee');
    expect(transliterate('मूंग')).toBe('moong');
  });
  it('indexes all names of a product', () => {
    expect(searchKeys('Aashirvaad Atta 5kg', 'आटा')).toEqual({ fold: 'asirvad ata 5kg ata', skeleton: 'asrvd at 5kg at' });
  });
});
