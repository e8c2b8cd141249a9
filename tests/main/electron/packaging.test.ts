// The electron-builder configuration, loaded and validated by electron-builder's own code (nothing is
// downloaded or built): targets, installer options, file association, fuses, what goes in the app.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/host-process';

const require_ = createRequire(__filename);
// electron-builder's config loader and schema validator, as `electron-builder --dir` runs them.
const { getConfig, validateConfiguration } = require_('app-builder-lib/out/util/config/config') as {
  getConfig: (dir: string, path: string | null, options: null) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: Record<string, unknown>, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require_('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder configuration', () => {
  it('passes electron-builder validation and sets every packaging requirement', async () => {
    const config = await getConfig(repoRoot, 'electron-builder.yml', null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({
      appId: 'org.treatydesk.app',
      productName: 'Treaty Desk',
      asar: true,
      npmRebuild: true,
      win: { target: ['nsis', 'portable'] },
      nsis: { oneClick: false, perMachine: false, allowElevation: true },
      linux: { target: ['AppImage', 'deb'] },
      extraResources: [{ from: 'seeds', to: 'seeds' }],
      fileAssociations: [{ ext: 'tdbundle', name: 'Treaty Desk answer bundle' }],
      electronFuses: {
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      },
    });
    expect(JSON.stringify(config.files)).toMatch(/"dist\/\*\*\/\*".*"package\.json"/);
  });

  it('refuses a configuration with an unknown key, as the real build would', async () => {
    const config = await getConfig(repoRoot, 'electron-builder.yml', null);
    await expect(validateConfiguration({ ...config, nsiss: {} }, new DebugLogger(false))).rejects.toThrow(/nsiss/);
  });
});
