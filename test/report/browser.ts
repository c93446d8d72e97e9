// A real headless Chromium driven over the DevTools protocol (Node's own WebSocket, no browser
// library): open a page at a given viewport width, measure its layout, take a screenshot.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDebianPackages } from '../support/provision.js';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** The Chromium binary; its Debian package is installed when no Chromium or Chrome is there. */
export function findChromium(): string {
  const found = CANDIDATES.find(onPath);
  if (found) return found;
  ensureDebianPackages([{ package: 'chromium', command: 'chromium' }], 'the browser test of the HTML report');
  return 'chromium';
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class Browser {
  private id = 0;
  private pending = new Map<number, Pending>();
  private listeners: ((method: string) => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as {
        id?: number;
        method?: string;
        result?: unknown;
        error?: { message: string };
      };
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result);
      } else if (message.method) for (const listen of this.listeners) listen(message.method);
    });
  }

  static async launch(): Promise<Browser> {
    const binary = findChromium();
    const profile = mkdtempSync(path.join(tmpdir(), 'steplog-chromium-'));
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--hide-scrollbars',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      // Chromium's sandbox refuses to run as root (a container's CI user).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ];
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const port = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`${binary} exited (${code}) before listening:\n${seen}`)));
    });
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      type: string;
      webSocketDebuggerUrl: string;
    }[];
    const page = targets.find((target) => target.type === 'page')!;
    const socket = new WebSocket(page.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error('could not connect to Chromium')), {
        once: true,
      });
    });
    const browser = new Browser(child, socket, profile);
    await browser.send('Page.enable');
    return browser;
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.id;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject }),
    );
  }

  /** Loads `url` in a viewport `width` pixels wide (a phone's when narrow) and waits for it. */
  async open(url: string, width: number, height = 900): Promise<void> {
    await this.send('Emulation.setDeviceMetricsOverride', {
      width,
      height,
      deviceScaleFactor: 1,
      mobile: width < 600,
    });
    const loaded = new Promise<void>((resolve) => {
      const listen = (method: string) => {
        if (method !== 'Page.loadEventFired') return;
        this.listeners = this.listeners.filter((l) => l !== listen);
        resolve();
      };
      this.listeners.push(listen);
    });
    await this.send('Page.navigate', { url });
    await loaded;
  }

  /** Evaluates an expression in the page and returns its value (JSON-serialisable). */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true },
    );
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  }

  /** A PNG of the whole page. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
    });
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    this.socket.close();
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
    rmSync(this.profile, { recursive: true, force: true });
  }
}
