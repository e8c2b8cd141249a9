/// <reference lib="dom" />
// open_full_ms and typing_p95_ms, in browser mode: the real host (dist/host.cjs) on a copy of the
// workspace, Debian's Chromium driven by Playwright with the tests' launch flags. Both figures are
// taken inside the page, so Playwright's own round trips never enter them.
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Browser, type Page, chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startHost } from '../../tests/helpers/host-process';
import { inScratchDir } from '../lib/scratch';
import { median, percentile, round } from '../lib/stats';

declare global {
  interface Window {
    __benchOpen?: number;
    __benchKeys?: Array<{ frame: number; task: number }>;
  }
}

// The probes run in the page, so they are plain JavaScript source: a function compiled by tsx would
// carry helpers (esbuild's __name) that do not exist there.

/** Posts a message and calls back when it arrives: after the current task (and, from rAF, after the frame). */
const POST = 'const post = (fn) => { const ch = new MessageChannel(); ch.port1.onmessage = fn; ch.port2.postMessage(0); };';

/**
 * Installed before the app's scripts: the time from navigation start until the outline lists its
 * paragraphs and the first answer's editor is editable, and the frame that shows them has been
 * produced (a message posted from the next animation frame runs after that frame's rendering).
 */
const OPEN_PROBE = `(() => {
  ${POST}
  const ready = () =>
    document.querySelector('[role="tree"] [role="treeitem"]') !== null &&
    document.querySelector('[data-answer="1"] [role="textbox"][contenteditable="true"]') !== null;
  const obs = new MutationObserver(() => {
    if (!ready()) return;
    obs.disconnect();
    requestAnimationFrame(() => post(() => { window.__benchOpen = performance.now(); }));
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
})()`;

/**
 * Input-to-paint of every key: from the keydown's event.timeStamp to (frame) a message posted from
 * the first animation frame after it, and to (task) a message posted from the keydown itself, which
 * runs once the browser has dispatched the key's events (keydown, beforeinput, input) and React has
 * committed: the handling alone, without waiting for the display's next frame.
 */
const KEY_PROBE = `(() => {
  ${POST}
  window.__benchKeys = [];
  if (window.__benchListening) return;
  window.__benchListening = true;
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    const entry = { frame: NaN, task: NaN };
    window.__benchKeys.push(entry);
    post(() => { entry.task = performance.now() - t0; });
    requestAnimationFrame(() => post(() => { entry.frame = performance.now() - t0; }));
  }, true);
})()`;

export interface BrowserOptions {
  reportDb: string;
  typingDb: string;
  warmup: number;
  openRuns: number;
  typingRuns: number;
  /** Characters typed per run, and the pause between keys (a quick typist: 40 ms). */
  chars: number;
  keyDelayMs: number;
  text: string;
  /** Where the typing run's screenshot goes, to look at what was measured; none when omitted. */
  screenshot?: string;
}

export interface BrowserResult {
  openRuns: number[];
  open: number;
  typingRunsP95: number[];
  typingP95: number;
  typingTaskP95: number;
  typingMedian: number;
  keys: number;
  chromium: string;
}

const launch = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function openOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: OPEN_PROBE });
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__benchOpen, undefined, { timeout: 60_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

async function typeOnce(page: Page, o: BrowserOptions, text: string): Promise<Array<{ frame: number; task: number }>> {
  const box = page.locator('[data-answer="1"] [role="textbox"]');
  // The middle of the long answer: click at the end of its middle paragraph.
  const paragraphs = box.locator(':scope > p');
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  const at = await middle.boundingBox();
  if (!at) throw new Error('the middle paragraph of the long answer is not on screen');
  await page.mouse.click(at.x + at.width - 2, at.y + at.height - 4);
  await page.evaluate(KEY_PROBE);
  await page.keyboard.type(text, { delay: o.keyDelayMs });
  // Let the last frames land before reading the samples.
  await page.waitForFunction(() => window.__benchKeys!.every((k) => !Number.isNaN(k.frame) && !Number.isNaN(k.task)));
  return page.evaluate(() => window.__benchKeys!);
}

export function measureBrowser(o: BrowserOptions): Promise<BrowserResult> {
  return inScratchDir('bench-browser-', async (dir) => {
    const browser = await launch();
    try {
      const reportCopy = join(dir, basename(o.reportDb));
      copyFileSync(o.reportDb, reportCopy);
      const host = await startHost(reportCopy);
      const opens: number[] = [];
      try {
        for (let i = 0; i < o.warmup + o.openRuns; i++) {
          const ms = await openOnce(browser, host.url);
          if (i >= o.warmup) opens.push(ms);
        }
      } finally {
        await host.stop();
      }

      const typingCopy = join(dir, `typing-${basename(o.typingDb)}`);
      copyFileSync(o.typingDb, typingCopy);
      const typingHost = await startHost(typingCopy);
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${typingHost.url}#/p/1`);
        await page.locator('[data-answer="1"] [role="textbox"][contenteditable="true"]').waitFor({ timeout: 60_000 });
        const runs: Array<Array<{ frame: number; task: number }>> = [];
        for (let i = 0; i < o.warmup + o.typingRuns; i++) {
          const text = o.text.slice(0, o.chars);
          const keys = await typeOnce(page, o, text);
          if (keys.length !== text.length) throw new Error(`typed ${text.length} characters but saw ${keys.length} keydowns`);
          if (i >= o.warmup) runs.push(keys);
        }
        const typed = await page.locator('[data-answer="1"] [role="textbox"]').innerText();
        if (!typed.includes(o.text.slice(0, o.chars).trim())) throw new Error('the typed text did not reach the answer');
        if (o.screenshot) await page.screenshot({ path: o.screenshot });
        const p95s = runs.map((keys) => percentile(keys.map((k) => k.frame), 95));
        const all = runs.flat();
        return {
          openRuns: opens.map((x) => round(x)),
          open: round(median(opens)),
          typingRunsP95: p95s.map((x) => round(x)),
          typingP95: round(median(p95s)),
          typingTaskP95: round(median(runs.map((keys) => percentile(keys.map((k) => k.task), 95)))),
          typingMedian: round(median(all.map((k) => k.frame))),
          keys: all.length,
          chromium: browser.version(),
        };
      } finally {
        await context.close();
        await typingHost.stop();
      }
    } finally {
      await browser.close();
    }
  });
}
