// Every CLI command, in the order --help lists them. Add a command with one import and one entry.
import type { Command } from '../command';
import { addTable } from './add-table';
import { answer } from './answer';
import { backup, backups, restore } from './backups';
import { conflicts } from './conflicts';
import { exportBundle } from './export-bundle';
import { exportReport } from './export-report';
import { importBundle } from './import-bundle';
import { init } from './init';
import { parse } from './parse';
import { provenance } from './provenance';
import { reimport } from './reimport';
import { renameInstitution } from './rename-institution';
import { institutions } from './institutions';
import { invite } from './invite';
import { join } from './join';
import { revoke } from './revoke';
import { rotate } from './rotate';
import { reportSettings } from './report-settings';
import { resolve } from './resolve';
import { status } from './status';
import { trust } from './trust';
import { verifyBundle } from './verify-bundle';

export const commands: Command[] = [init, parse, reimport, status, answer, invite, join, trust, exportBundle, verifyBundle, importBundle, conflicts, resolve, provenance, institutions, renameInstitution, revoke, rotate, reportSettings, exportReport, addTable, backups, backup, restore];
