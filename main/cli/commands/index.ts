// Every CLI command, in the order --help lists them. Add a command with one import and one entry.
import type { Command } from '../command';
import { init } from './init';
import { status } from './status';

export const commands: Command[] = [init, status];
