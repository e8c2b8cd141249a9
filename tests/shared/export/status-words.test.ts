// The review copy names each answer's status with the words the screen shows, in every language the
// export has: a reviewer must not read "ready for approval" where the drafter saw "Ready for review".
import { describe, expect, it } from 'vitest';
import type { AnswerStatus } from '../../../shared/api/types';
import { REPORT_STRINGS } from '../../../shared/export/strings';
import { messages as editor } from '../../../renderer/src/editor/messages';
import { messages as exportDialog } from '../../../renderer/src/export/messages';

const STATUSES: AnswerStatus[] = ['not_started', 'drafting', 'ready', 'approved'];

describe('status words', () => {
  it.each(['en', 'ru'] as const)('are the editor’s in the %s review copy and the Export dialog', (language) => {
    for (const s of STATUSES) {
      const screen = editor[language][`status_${s}`].toLowerCase();
      expect(REPORT_STRINGS[language].status(s)).toBe(language === 'en' ? `Status: ${screen}` : `Статус: ${screen}`);
      expect(exportDialog[language][`status_${s}`]).toBe(screen);
    }
  });

  it('are the editor’s in the Kyrgyz Export dialog (the report itself has no Kyrgyz)', () => {
    for (const s of STATUSES) expect(exportDialog.ky[`status_${s}`]).toBe(editor.ky[`status_${s}`].toLowerCase());
  });
});
