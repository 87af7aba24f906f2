/**
 * A robust driver for the VS Code web workbench, used by the UI suite.
 *
 * Every action follows the same pattern: check the DOM condition that means "done",
 * try one way of getting there, wait on that condition with a bounded timeout, and on
 * failure, save a screenshot and try the next way (keyboard, then the command
 * palette, then the mouse). A step fails only after all of its ways have failed. The
 * error names every attempt and why it failed. The condition is checked again before
 * each attempt, so a retry never repeats an edit that has already landed.
 *
 * Races this guards against (seen or plausible on a loaded 2-core machine):
 * - VS Code's code-action model re-triggers *automatically* 250 ms after any marker
 *   change on the document. That cancels a pending manual Ctrl+. request: the
 *   light bulb shows, but the menu never opens. So we wait until the diagnostics
 *   have settled, and open the menu again if it does not appear.
 * - Keybindings such as Ctrl+. only work while the editor has text focus, so focus
 *   is checked before each key press and not assumed.
 * - A hover left over from the previous step can cover the next click target. We
 *   check the element under the point before clicking, and close hovers.
 * - Toasts can cover widgets, so they are cleared before each interaction.
 * - A first mouse move may not raise a hover (editor still laying out, hover
 *   delay reset). We move again, then use the keyboard (Ctrl+K Ctrl+I), then the
 *   command palette.
 * - Quick Open and the command palette may ignore the first key press while the
 *   workbench is still starting.
 *
 * CLAIMLINT_E2E_SKIP_ATTEMPTS=N marks the first N ways of every retried action as
 * failed without trying them (always leaving the last), so a run exercises the fallbacks.
 */
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Browser } from './browser';

/** Bounded waits (ms). They are generous because CI and the shared dev box are loaded. */
export const WAIT = {
  /** Workbench shell after navigation. */
  workbench: 90_000,
  /** First diagnostics: extension activation + server start + first pull. */
  firstDiagnostics: 90_000,
  /** Diagnostics after an edit. */
  diagnostics: 45_000,
  /** Ceiling for "the diagnostics stopped changing". */
  settle: 20_000,
  /** Quiet time that counts as settled (VS Code's code-action auto-trigger delay is 250 ms). */
  quiet: 1_000,
  /** A widget to appear after a key press, per attempt; later attempts get the longer ones. */
  widget: [10_000, 20_000, 30_000, 30_000],
  /** An edit, a save or a panel to show its result once the widget was used. */
  result: 30_000,
  /** No new attempt of a retried action starts after this; keeps every step under the suite's mocha timeout. */
  budget: 180_000,
};

const SKIP_ATTEMPTS = Number(process.env['CLAIMLINT_E2E_SKIP_ATTEMPTS'] ?? 0);

const EDITOR = '.part.editor .editor-instance .monaco-editor';
const QUICK_INPUT = '.quick-input-widget';
const ACTION_ROWS = '.action-widget .monaco-list-row';
// The editor's hover, not a workbench tooltip (breadcrumbs, tabs, status bar) that the mouse may raise.
const HOVER = '.monaco-hover:not(.hidden):not(.workbench-hover)';

export interface Attempt {
  /** How this attempt gets there, for logs and errors ("Ctrl+.", "command palette"). */
  how: string;
  /** Does the action; waits on its own DOM condition within `timeout` and throws if it is not met. */
  run(timeout: number): Promise<void>;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One retried action that needed more than one attempt (reported at the end of the run). */
export interface Retry {
  what: string;
  failed: string[];
  succeeded: string | undefined;
}

export class Workbench {
  readonly retries: Retry[] = [];
  private dismissing = false;

  constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly artifacts: string,
  ) {}

  // ---------------------------------------------------------------- retrying

  /**
   * Runs `attempts` in order until `done()` holds. Before each attempt, `done()`
   * is checked, so an action whose effect already landed is not repeated.
   * Each failed attempt is logged and saves a screenshot. When all attempts have
   * failed, the error lists them.
   */
  async retry(what: string, done: () => Promise<boolean>, attempts: Attempt[]): Promise<void> {
    const failed: string[] = [];
    const record = (succeeded: string | undefined): void => {
      if (failed.length === 0) return;
      this.retries.push({ what, failed, succeeded });
      appendFileSync(join(this.artifacts, 'retries.log'), `${what}\n${failed.map((f) => `  ✗ ${f}\n`).join('')}  ${succeeded ? `✓ ${succeeded}` : '✗ gave up'}\n`);
    };
    const deadline = Date.now() + WAIT.budget;
    for (const [index, attempt] of attempts.entries()) {
      if (await done()) return record(failed.length ? '(the previous attempt landed late)' : undefined);
      if (Date.now() >= deadline) {
        failed.push(`attempts ${index + 1}-${attempts.length} not started: the ${WAIT.budget / 1000} s budget is spent`);
        break;
      }
      const timeout = WAIT.widget[Math.min(index, WAIT.widget.length - 1)]!;
      const label = `attempt ${index + 1}/${attempts.length} (${attempt.how})`;
      try {
        if (index < Math.min(SKIP_ATTEMPTS, attempts.length - 1)) throw new Error(`skipped (CLAIMLINT_E2E_SKIP_ATTEMPTS=${SKIP_ATTEMPTS})`);
        await attempt.run(timeout);
        if (await done()) return record(label);
        throw new Error('it finished, but the expected state was not reached');
      } catch (error) {
        const message = firstLine(error);
        failed.push(`${label}: ${message}`);
        const shot = `retry-${slug(what)}-${index + 1}`;
        await this.browser.screenshot(shot).catch(() => undefined);
        process.stdout.write(`      ↻ ${what}: ${label} failed: ${message}${index + 1 < attempts.length ? `; next: ${attempts[index + 1]!.how}` : ''}\n`);
        await this.escapeWidgets().catch(() => undefined);
      }
    }
    if (await done()) return record('(the last attempt landed late)');
    record(undefined);
    assert.fail(
      `${what}: failed (${failed.length} of ${attempts.length} attempts failed or not started):\n${failed.map((f) => `  - ${f}`).join('\n')}\n(screenshots: ${this.artifacts}/NN-retry-${slug(what)}-*.png)`,
    );
  }

  /** Polls `probe` (every 100 ms) until it returns true; the error names `what` and, if given, the last state seen. */
  async until(what: string, probe: () => Promise<boolean> | boolean, timeout: number, state?: () => Promise<string>): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await probe()) return;
      if (Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seen = state ? `; saw ${await state().catch((error: unknown) => `(unreadable: ${firstLine(error)})`)}` : '';
    assert.fail(`timed out after ${Math.round(timeout / 1000)} s waiting for ${what}${seen}`);
  }

  // ---------------------------------------------------------------- workbench

  /** Navigates to the workbench and waits for its shell, reloading once if it does not come up. */
  async load(url: string, fileInExplorer: string): Promise<void> {
    const explorerRow = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileInExplorer}"]`);
    const ready = async (): Promise<boolean> => (await this.page.locator('.monaco-workbench').count()) > 0 && (await explorerRow.isVisible());
    const open = (how: string): Attempt => ({
      how,
      run: async () => {
        await this.page.goto(url, { timeout: WAIT.workbench, waitUntil: 'domcontentloaded' });
        await explorerRow.waitFor({ timeout: WAIT.workbench });
      },
    });
    await this.retry('load the workbench', ready, [open('navigate'), open('navigate again')]);
  }

  /** Closes the action widget, hovers, the quick input and toasts, so that nothing covers the next target. */
  async escapeWidgets(): Promise<void> {
    for (let i = 0; i < 3 && (await this.anyWidgetOpen()); i++) await this.page.keyboard.press('Escape');
    await this.dismissNotifications();
  }

  private async anyWidgetOpen(): Promise<boolean> {
    return (await this.page.locator(ACTION_ROWS).count()) > 0 || (await this.page.locator(HOVER).count()) > 0 || (await this.page.locator(QUICK_INPUT).isVisible());
  }

  /** Clears notification toasts (they can cover the Problems panel or a widget), and logs what they said. */
  async dismissNotifications(): Promise<void> {
    const toasts = this.page.locator('.notifications-toasts .notification-toast-container');
    // Clearing uses the command palette, whose retries come back here: do not recurse.
    if (this.dismissing || (await toasts.count()) === 0) return;
    this.dismissing = true;
    try {
      const texts = (await toasts.allInnerTexts()).map((text) => normalise(text).replace(/\s+/g, ' ').trim());
      process.stdout.write(`      ! clearing notifications: ${texts.join(' | ')}\n`);
      appendFileSync(join(this.artifacts, 'notifications.log'), `${texts.join('\n')}\n`);
      await this.command('Clear All Notifications');
      await this.until('the notification toasts to close', async () => (await toasts.count()) === 0, WAIT.result);
    } finally {
      this.dismissing = false;
    }
  }

  /**
   * Runs a command through the command palette (F1). The palette is opened again
   * if it does not appear. The command row is matched by its label (the category
   * prefix is optional) and clicked, so an earlier "recently used" row cannot run
   * by mistake.
   */
  async command(title: string): Promise<void> {
    const input = this.page.locator(`${QUICK_INPUT} input`);
    const row = this.page
      .locator(`${QUICK_INPUT} .monaco-list-row`)
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`(^|: )${escapeRegExp(title)}$`) }) })
      .first();
    let ran = false;
    const open = (how: string, keys: string): Attempt => ({
      how,
      run: async (timeout) => {
        if (await this.page.locator(QUICK_INPUT).isVisible()) await this.page.keyboard.press('Escape');
        await this.page.keyboard.press(keys);
        await input.waitFor({ timeout });
        await input.fill(`>${title}`);
        await row.waitFor({ timeout });
        // Enter when the command is the focused row: a click would leave the mouse over the
        // breadcrumbs, whose tooltip then covers the editor.
        if (await row.evaluate((el) => el.classList.contains('focused'))) await this.page.keyboard.press('Enter');
        else {
          await row.click({ timeout });
          await this.parkMouse();
        }
        ran = true;
        await this.page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout });
      },
    });
    await this.retry(`run "${title}" from the command palette`, async () => ran, [open('F1', 'F1'), open('Ctrl+Shift+P', 'Control+Shift+P'), open('F1 again', 'F1')]);
  }

  // ---------------------------------------------------------------- editor

  /** Opens a workspace file: Quick Open (twice), then a click in the Explorer. */
  async openFile(name: string, expectedText: string): Promise<void> {
    const editorShows = async (): Promise<boolean> => (await this.editorText()).includes(expectedText) && (await this.page.locator('.part.editor .tab.active').filter({ hasText: name }).count()) > 0;
    const fileRow = this.page
      .locator(`${QUICK_INPUT} .monaco-list-row`)
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) })
      .first();
    const quickOpen = (how: string): Attempt => ({
      how,
      run: async (timeout) => {
        // Key presses need the page's focus on the workbench; the editor area is a safe place to click.
        await this.page.locator('.part.editor').click({ position: { x: 200, y: 200 }, timeout });
        await this.page.keyboard.press('Control+P');
        await this.page.locator(`${QUICK_INPUT} input`).waitFor({ timeout });
        await this.page.locator(`${QUICK_INPUT} input`).fill(name);
        // The file search can take a while during startup (a progress bar, not a lost key press).
        await fileRow.click({ timeout: Math.max(timeout, WAIT.result) });
        await this.until(`the editor to show ${name}`, editorShows, WAIT.result);
      },
    });
    await this.retry(`open ${name}`, editorShows, [
      quickOpen('Quick Open (Ctrl+P)'),
      quickOpen('Quick Open again'),
      {
        how: 'click in the Explorer',
        run: async (timeout) => {
          await this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).click({ timeout });
          await this.until(`the editor to show ${name}`, editorShows, WAIT.result);
        },
      },
    ]);
  }

  /** The editor's text as rendered (non-breaking spaces normalised). */
  async editorText(): Promise<string> {
    const lines = this.page.locator(`${EDITOR} .view-lines`);
    return (await lines.count()) ? normalise(await lines.first().innerText()) : '';
  }

  async waitForText(text: string, timeout = WAIT.result): Promise<void> {
    await this.until(
      `the editor to contain "${text}"`,
      async () => (await this.editorText()).includes(text),
      timeout,
      async () => JSON.stringify(await this.editorText()),
    );
  }

  /** Waits until exactly `words` are squiggled (the diagnostics were pulled and rendered). */
  async waitForSquiggles(words: string[], timeout = WAIT.diagnostics): Promise<void> {
    const want = [...words].sort();
    await this.until(
      `squiggles under exactly ${JSON.stringify(want)} (is the claimlint server running?)`,
      async () => JSON.stringify((await this.squiggledWords()).sort()) === JSON.stringify(want),
      timeout,
      async () => JSON.stringify((await this.squiggledWords()).sort()),
    );
  }

  /**
   * Waits until the diagnostics stop changing: the squiggled words are the same,
   * and neither the Problems panel nor the status bar count has changed in the
   * DOM, for `WAIT.quiet`. This is the condition under which VS Code will not
   * auto-retrigger code actions over a manual request. If it never settles
   * within `WAIT.settle`, a note is logged and the caller's retries take over.
   */
  async settleDiagnostics(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __claimlintLastChange?: number; __claimlintObserver?: MutationObserver };
      w.__claimlintObserver?.disconnect();
      w.__claimlintLastChange = Date.now();
      const observer = new MutationObserver(() => {
        w.__claimlintLastChange = Date.now();
      });
      for (const el of document.querySelectorAll('.markers-panel, [id="status.problems"]'))
        observer.observe(el, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
      w.__claimlintObserver = observer;
    });
    let words = JSON.stringify(await this.squiggledWords());
    let stableSince = Date.now();
    const settled = async (): Promise<boolean> => {
      const now = JSON.stringify(await this.squiggledWords());
      if (now !== words) {
        words = now;
        stableSince = Date.now();
      }
      const lastChange = await this.page.evaluate(() => (window as unknown as { __claimlintLastChange: number }).__claimlintLastChange);
      return Date.now() - Math.max(stableSince, lastChange) >= WAIT.quiet;
    };
    try {
      await this.until('the diagnostics to settle', settled, WAIT.settle);
    } catch {
      process.stdout.write(`      ! the diagnostics kept changing for ${WAIT.settle / 1000} s; going on\n`);
    }
  }

  /** The editor words under each squiggle, read from the geometry of the rendered text. */
  async squiggledWords(): Promise<string[]> {
    return this.page.evaluate((selector) => {
      const editor = document.querySelector(selector);
      if (!editor) return [];
      const squiggles = [...editor.querySelectorAll('.view-overlays [class*="squiggly-"]')].map((el) => el.getBoundingClientRect());
      const lines = [...editor.querySelectorAll('.view-lines .view-line')];
      const words: string[] = [];
      for (const box of squiggles) {
        const line = lines.find((candidate) => {
          const rect = candidate.getBoundingClientRect();
          return rect.top <= box.top + box.height / 2 && box.top + box.height / 2 <= rect.bottom;
        });
        if (!line) continue;
        let text = '';
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getBoundingClientRect();
            const middle = rect.left + rect.width / 2;
            if (middle >= box.left && middle <= box.right) text += node.textContent![i];
          }
        }
        words.push(text.replace(/\u00a0/g, ' ').trim());
      }
      return words;
    }, EDITOR);
  }

  /** The bounding box of the first occurrence of `word` in the editor's rendered text. */
  async wordBox(word: string): Promise<Box> {
    const box = await this.findWord(word);
    assert.ok(box, `\`${word}\` is visible in the editor`);
    return box;
  }

  private async findWord(word: string): Promise<Box | undefined> {
    return this.page.evaluate(
      ([selector, target]) => {
        for (const line of document.querySelectorAll(`${selector} .view-lines .view-line`)) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const index = node.textContent!.replace(/\u00a0/g, ' ').indexOf(target);
            if (index === -1) continue;
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + target.length);
            const rect = range.getBoundingClientRect();
            return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
          }
        }
        return undefined;
      },
      [EDITOR, word] as const,
    );
  }

  /** Moves the mouse to an empty part of the editor, below the text, where it raises no hover. */
  private async parkMouse(): Promise<void> {
    const editor = await this.page.locator(EDITOR).first().boundingBox();
    if (editor) await this.page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height - 15);
  }

  /** Hides hovers and moves the mouse away, so that no hover covers the next target. */
  async clearHover(): Promise<void> {
    await this.parkMouse();
    if ((await this.page.locator(HOVER).count()) > 0) await this.page.keyboard.press('Escape');
    await this.until('the hover to close', async () => (await this.page.locator(HOVER).count()) === 0, WAIT.result);
  }

  /** Is the element at the point part of the editor's text (not a hover, widget or toast on top of it)? */
  private async textAt(x: number, y: number): Promise<boolean> {
    return this.page.evaluate(([px, py]) => Boolean(document.elementFromPoint(px, py)?.closest('.view-lines')), [x, y] as const);
  }

  /**
   * Puts the caret inside `word` with a click, after making sure nothing covers it,
   * and waits until the editor has focus and the caret is in the word. Keybindings
   * like Ctrl+. work only with text focus.
   */
  async placeCaret(word: string, timeout = WAIT.result): Promise<void> {
    const inWord = async (): Promise<boolean> => {
      const box = await this.findWord(word);
      if (!box) return false;
      return this.page.evaluate(
        ([selector, b]) => {
          const editor = document.querySelector(selector);
          if (!editor?.classList.contains('focused')) return false;
          const cursor = editor.querySelector('.cursors-layer .cursor')?.getBoundingClientRect();
          if (!cursor) return false;
          const middle = cursor.top + cursor.height / 2;
          return cursor.left >= b.x - 1 && cursor.left <= b.x + b.width + 1 && middle >= b.y && middle <= b.y + b.height;
        },
        [EDITOR, box] as const,
      );
    };
    const deadline = Date.now() + timeout;
    while (!(await inWord())) {
      if (Date.now() >= deadline) {
        const focused = await this.page.locator(`${EDITOR}.focused`).count();
        const active = await this.page.evaluate(() => document.activeElement?.className ?? 'none');
        assert.fail(`timed out after ${Math.round(timeout / 1000)} s putting the caret in \`${word}\` (editor focused: ${focused > 0}, active element: ${active})`);
      }
      await this.dismissNotifications();
      const box = await this.wordBox(word);
      const x = box.x + Math.min(4, box.width / 2);
      const y = box.y + box.height / 2;
      if (!(await this.textAt(x, y))) {
        await this.clearHover();
        continue;
      }
      await this.page.mouse.click(x, y);
      // Clicks at least a second apart, so that two never make a double click (which would select the word).
      await this.until('the caret to land', inWord, 1_500).catch(() => undefined);
    }
  }

  // ---------------------------------------------------------------- features

  /**
   * Hovers `word` until the hover shows every pattern: mouse (twice, from
   * outside the word, in steps, so Monaco sees real mouse moves), then the
   * keyboard (Ctrl+K Ctrl+I), then the command palette. Returns the hover text.
   */
  async hover(word: string, patterns: RegExp[]): Promise<string> {
    const hover = this.page.locator(HOVER);
    let text = '';
    const complete = async (): Promise<boolean> => {
      if ((await hover.count()) === 0) return false;
      text = normalise((await hover.allInnerTexts()).join('\n'));
      return patterns.every((pattern) => pattern.test(text));
    };
    const missing = async (): Promise<string> => (text ? `a hover missing ${patterns.filter((p) => !p.test(text)).join(', ')}: ${JSON.stringify(text.slice(0, 300))}` : 'no hover');
    const byMouse = (how: string): Attempt => ({
      how,
      run: async (timeout) => {
        await this.clearHover();
        const box = await this.wordBox(word);
        const y = box.y + box.height / 2;
        await this.page.mouse.move(Math.max(box.x - 60, 0), y);
        await this.page.mouse.move(box.x + box.width / 2, y, { steps: 10 });
        await this.until(`the hover over \`${word}\``, complete, timeout, missing);
      },
    });
    const byCaret = (how: string, open: () => Promise<void>): Attempt => ({
      how,
      run: async (timeout) => {
        await this.clearHover();
        await this.placeCaret(word);
        await open();
        await this.until(`the hover over \`${word}\``, complete, timeout, missing);
      },
    });
    await this.retry(`hover \`${word}\``, complete, [
      byMouse('mouse'),
      byMouse('mouse again'),
      byCaret('Ctrl+K Ctrl+I', async () => {
        await this.page.keyboard.press('Control+K');
        await this.page.keyboard.press('Control+I');
      }),
      byCaret('command palette "Show or Focus Hover"', () => this.command('Show or Focus Hover')),
    ]);
    return text;
  }

  /**
   * Runs the code action titled `title` on `word` and waits until the editor
   * contains `expectedText`. First it waits for the diagnostics to settle. Then
   * it opens the menu with Ctrl+. (twice), the command palette's "Quick Fix...",
   * or the light bulb. The action's effect is the "done" condition, so the
   * action is never applied twice.
   */
  async codeAction(word: string, title: string, expectedText: string): Promise<void> {
    await this.settleDiagnostics();
    const row = this.page.locator(ACTION_ROWS).filter({ hasText: title });
    const applied = async (): Promise<boolean> => (await this.editorText()).includes(expectedText);
    const via = (how: string, open: () => Promise<void>): Attempt => ({
      how,
      run: async (timeout) => {
        await this.escapeWidgets();
        await this.clearHover();
        await this.placeCaret(word);
        await open();
        try {
          await row.waitFor({ timeout });
        } catch {
          const menu = await this.page.locator(ACTION_ROWS).allInnerTexts();
          const message = await this.page.locator('.monaco-editor-overlaymessage').allInnerTexts();
          throw new Error(
            `no "${title}" in the code-action menu within ${timeout / 1000} s (menu: ${menu.length ? JSON.stringify(menu) : 'not open'}` +
              `${message.length ? `; editor message: ${JSON.stringify(message.join(' '))}` : ''})`,
          );
        }
        await row.click({ timeout });
        await this.until(`the action's edit ("${expectedText}")`, applied, WAIT.result);
      },
    });
    await this.retry(`apply "${title}"`, applied, [
      via('Ctrl+.', () => this.page.keyboard.press('Control+.')),
      via('Ctrl+. again', () => this.page.keyboard.press('Control+.')),
      via('command palette "Quick Fix..."', () => this.command('Quick Fix...')),
      via('light bulb', async () => {
        const bulb = this.page.locator(`${EDITOR} .lightBulbWidget, ${EDITOR} [class*="codicon-light-bulb"], ${EDITOR} [class*="codicon-lightbulb"]`).first();
        await bulb.click({ timeout: WAIT.result });
      }),
    ]);
  }

  /** Shows the Problems panel (Ctrl+Shift+M, which toggles, so only while hidden; then the command palette) and waits for `count` rows of `source`. */
  async showProblems(source: string, count: number): Promise<string> {
    const panel = this.page.locator('.markers-panel');
    const rows = panel.locator('.monaco-list-row').filter({ hasText: source });
    const shown = async (): Promise<boolean> => (await panel.isVisible()) && (await rows.count()) === count;
    const open = (how: string, show: () => Promise<void>): Attempt => ({
      how,
      run: async (timeout) => {
        await this.dismissNotifications();
        if (!(await panel.isVisible())) await show();
        await panel.waitFor({ timeout });
        await this.until(
          `${count} ${source} rows in the Problems panel`,
          async () => (await rows.count()) === count,
          WAIT.result,
          async () => `${await rows.count()} rows`,
        );
      },
    });
    await this.retry('show the Problems panel', shown, [
      open('Ctrl+Shift+M', () => this.page.keyboard.press('Control+Shift+M')),
      open('command palette "Focus Problems (Errors, Warnings, Infos)"', () => this.command('Focus Problems (Errors, Warnings, Infos)')),
      open('Ctrl+Shift+M again', () => this.page.keyboard.press('Control+Shift+M')),
    ]);
    return normalise(await panel.innerText());
  }

  /** Saves the active editor (Ctrl+S, then the command palette) until `onDisk()` holds and the tab is no longer dirty. */
  async save(onDisk: () => boolean): Promise<void> {
    const saved = async (): Promise<boolean> => onDisk() && (await this.page.locator('.part.editor .tab.active.dirty').count()) === 0;
    const via = (how: string, press: () => Promise<void>): Attempt => ({
      how,
      run: async () => {
        await this.escapeWidgets();
        await press();
        await this.until('the file on disk to contain the edits', saved, WAIT.result);
      },
    });
    await this.retry('save the file', saved, [
      via('Ctrl+S', () => this.page.keyboard.press('Control+S')),
      via('command palette "File: Save"', () => this.command('Save')),
      via('Ctrl+S with the editor focused', async () => {
        await this.page
          .locator(EDITOR)
          .first()
          .click({ position: { x: 5, y: 5 } });
        await this.page.keyboard.press('Control+S');
      }),
    ]);
  }

  /** Waits for a locator to hold exactly `count` elements. */
  async waitForCount(locator: Locator, count: number, what: string, timeout = WAIT.result): Promise<void> {
    await this.until(
      what,
      async () => (await locator.count()) === count,
      timeout,
      async () => `${await locator.count()}`,
    );
  }
}

export function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Playwright appends a call log after the first lines; keep the error short.
  return (
    message
      .split('\n')
      .filter((line) => line.trim() !== '')[0]
      ?.trim() ?? message
  );
}
