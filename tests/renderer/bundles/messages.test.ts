// The import report shows the reason line without the detail that says which way a format differs
// or what exactly was not allowed, so in every language that line must hold for every case.
import { describe, expect, it } from 'vitest';
import { messages } from '../../../renderer/src/bundles/messages';

describe.each(['en', 'ru', 'ky'] as const)('the %s reason lines of the import report', (lang) => {
  it('do not call a bundle of another format newer (it may be older)', () => {
    expect(messages[lang].reason_unsupported_version).not.toMatch(/newer|нов[ео]й|жаңыраак/i);
  });

  it('do not call every refused sender an unassigned paragraph (most are a role or an author)', () => {
    expect(messages[lang].reason_unauthorized).not.toMatch(/paragraph|пункт/i);
  });
});
