import fs from 'node:fs';

/** A file the publishers touch and the consumers watch, so consumers wake without polling. */
export class Doorbell {
  private watcher: fs.FSWatcher | undefined;

  constructor(private readonly file: string) {
    if (!fs.existsSync(file)) fs.writeFileSync(file, '');
  }

  /** Wakes every process watching the file. */
  ring(): void {
    fs.writeFileSync(this.file, String(Date.now()));
  }

  /** Calls `onRing` whenever the file changes (inotify, kqueue or the like: no polling). */
  listen(onRing: () => void): void {
    this.watcher = fs.watch(this.file, { persistent: false }, () => onRing());
    this.watcher.on('error', () => undefined); // the slow timer still delivers if the watch breaks
  }

  /** Stops listening. */
  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }
}
