// The message catalogs of every screen, one namespace each. Add a screen with one import and one entry.
import { messages as app } from '../app-messages';
import { messages as backups } from '../backups/messages';
import { messages as budget } from '../budget/messages';
import { messages as bundles } from '../bundles/messages';
import { messages as comments } from '../comments/messages';
import { messages as conflicts } from '../conflicts/messages';
import { messages as dashboard } from '../dashboard/messages';
import { messages as editor } from '../editor/messages';
import { messages as importer } from '../import/messages';
import { messages as exportReport } from '../export/messages';
import { messages as history } from '../history/messages';
import { messages as outline } from '../outline/messages';
import { messages as progress } from '../progress/messages';
import { messages as question } from '../question/messages';
import { messages as search } from '../search/messages';
import { messages as tables } from '../tables/messages';

export const catalogs = { backups, progress, app, outline, question, editor, history, comments, search, dashboard, budget, export: exportReport, conflicts, bundles, import: importer, tables };
