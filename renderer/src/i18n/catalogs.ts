// The message catalogs of every screen, one namespace each. Add a screen with one import and one entry.
import { messages as app } from '../app-messages';
import { messages as editor } from '../editor/messages';
import { messages as outline } from '../outline/messages';
import { messages as question } from '../question/messages';

export const catalogs = { app, outline, question, editor };
