// Exposes exactly the API contract's methods to the sandboxed renderer, each one IPC invoke.
// Never ipcRenderer itself: the page gets functions, not a channel it could point anywhere.
import { contextBridge, ipcRenderer } from 'electron';
import { type Api, methodNames } from '../../shared/api/methods';
import { channelFor } from './channels';

const api = Object.fromEntries(methodNames.map((m) => [m, (arg: unknown) => ipcRenderer.invoke(channelFor(m), arg)])) as Api;

contextBridge.exposeInMainWorld('treatyDesk', api satisfies Api);
