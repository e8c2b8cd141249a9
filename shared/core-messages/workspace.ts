// What the core says about opening and restoring the workspace, backups, assignments and resolving
// conflicts, in each language.
export const workspaceMessages = {};
