/**
 * A progress line on stderr for long CLI runs (imports, corpus generation):
 * "12,000/100,000 files · 2,345/s · 37 s left", rewritten at most once a second.
 */
export class Progress {
  private count = 0;
  private last = 0;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly unit: string,
  ) {}

  tick(added: number): void {
    this.count += added;
    const now = performance.now();
    if (now - this.last < 1000 && this.count < this.total) return;
    this.last = now;
    const rate = this.count / ((now - this.started) / 1000);
    const left = rate > 0 ? Math.round((this.total - this.count) / rate) : 0;
    const fmt = (x: number) => Math.round(x).toLocaleString('en');
    process.stderr.write(`\r${fmt(this.count)}/${fmt(this.total)} ${this.unit} · ${fmt(rate)}/s · ${left} s left   `);
  }

  done(): void {
    if (this.count > 0) process.stderr.write('\n');
  }
}
