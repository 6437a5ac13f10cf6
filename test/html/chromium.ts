/**
 * A small client of the Chrome DevTools Protocol for the HTML report tests:
 * starts Debian's headless Chromium with `--remote-debugging-pipe` (messages
 * are JSON separated by NUL bytes: commands on fd 3, answers and events on
 * fd 4), opens one page, and records what the page does: console messages,
 * exceptions, log entries (CSP violations land there) and every network
 * request.
 *
 * The browser never downloads anything: a fresh profile, no first-run, no
 * background networking, no component updates, no sync.
 * Protocol: https://chromedevtools.github.io/devtools-protocol/
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const CHROMIUM = process.env.MODELGATE_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, any>;
  result?: Record<string, any>;
  error?: { message: string };
  sessionId?: string;
}

export interface PageEvents {
  console: { type: string; text: string }[];
  exceptions: string[];
  log: { level: string; text: string; url?: string }[];
  requests: string[];
}

export class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: Record<string, any>) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((m: Message) => void)[] = [];
  private buffer = '';
  private stderr = '';

  private readonly child: ChildProcess;
  private readonly profile: string;

  private constructor(child: ChildProcess, profile: string) {
    this.child = child;
    this.profile = profile;
    const out = child.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const text = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        const m = JSON.parse(text) as Message;
        if (m.id !== undefined && this.pending.has(m.id)) {
          const p = this.pending.get(m.id)!;
          this.pending.delete(m.id);
          if (m.error) p.reject(new Error(`${m.error.message}`));
          else p.resolve(m.result ?? {});
        } else for (const l of this.listeners) l(m);
      }
    });
    child.stderr?.on('data', (c: Buffer) => (this.stderr += c.toString('utf8')));
  }

  static async launch(): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'modelgate-chromium-'));
    const child = spawn(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--disable-default-apps',
        '--no-first-run',
        '--no-default-browser-check',
        '--mute-audio',
        '--hide-scrollbars',
        '--force-color-profile=srgb',
        '--font-render-hinting=none',
        `--user-data-dir=${profile}`,
        '--remote-debugging-pipe',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
    );
    const browser = new Browser(child, profile);
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => resolve());
    });
    await browser.send('Browser.getVersion');
    return browser;
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, any>> {
    const id = this.nextId++;
    const input = this.child.stdio[3] as Writable;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in 30 s${this.stderr ? ` (chromium: ${this.stderr.slice(-400)})` : ''}`));
      }, 30_000);
      this.pending.set(id, {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Opens a fresh page (tab) and records its events. */
  async newPage(options: { width: number; height: number; mobile?: boolean; dark?: boolean }): Promise<Page> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId as string, targetId as string);
    this.listeners.push((m) => {
      if (m.sessionId === sessionId) page.handle(m);
    });
    for (const domain of ['Page', 'Runtime', 'Log', 'Network']) await page.send(`${domain}.enable`);
    await page.send('Emulation.setDeviceMetricsOverride', {
      width: options.width,
      height: options.height,
      deviceScaleFactor: options.mobile ? 2 : 1,
      mobile: options.mobile ?? false,
    });
    await page.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: options.dark ? 'dark' : 'light' }] });
    return page;
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.send('Browser.close'), new Promise((r) => setTimeout(r, 3000))]);
    } catch {
      // Already gone.
    }
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class Page {
  readonly events: PageEvents = { console: [], exceptions: [], log: [], requests: [] };
  private loadWaiters: (() => void)[] = [];

  private readonly browser: Browser;
  private readonly sessionId: string;
  readonly targetId: string;

  constructor(browser: Browser, sessionId: string, targetId: string) {
    this.browser = browser;
    this.sessionId = sessionId;
    this.targetId = targetId;
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, any>> {
    return this.browser.send(method, params, this.sessionId);
  }

  handle(m: Message): void {
    const p = m.params ?? {};
    switch (m.method) {
      case 'Runtime.consoleAPICalled':
        this.events.console.push({ type: p.type, text: (p.args ?? []).map((a: { value?: unknown; description?: string }) => String(a.value ?? a.description ?? '')).join(' ') });
        break;
      case 'Runtime.exceptionThrown':
        this.events.exceptions.push(p.exceptionDetails?.exception?.description ?? p.exceptionDetails?.text ?? 'exception');
        break;
      case 'Log.entryAdded':
        this.events.log.push({ level: p.entry.level, text: p.entry.text, url: p.entry.url });
        break;
      case 'Network.requestWillBeSent':
        this.events.requests.push(p.request.url);
        break;
      case 'Page.loadEventFired':
        for (const w of this.loadWaiters.splice(0)) w();
        break;
    }
  }

  async open(url: string): Promise<void> {
    const loaded = new Promise<void>((resolve) => this.loadWaiters.push(resolve));
    await this.send('Page.navigate', { url });
    await loaded;
  }

  /** Evaluates an expression in the page and returns its value (by value: JSON-able results only). */
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send('Runtime.evaluate', { expression, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`evaluate: ${r.exceptionDetails.text}`);
    return r.result.value as T;
  }

  /** A PNG of the page from the top, at most `maxHeight` CSS pixels tall. */
  async screenshot(width: number, maxHeight: number): Promise<Buffer> {
    const height = Math.min(await this.evaluate<number>('document.documentElement.scrollHeight'), maxHeight);
    const { data } = await this.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width, height, scale: 1 } });
    return Buffer.from(data as string, 'base64');
  }

  async close(): Promise<void> {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId });
  }
}
