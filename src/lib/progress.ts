const clock = (s: number) => {
  const t = Math.round(s);
  const mm = String(Math.floor(t / 60) % 60).padStart(2, '0');
  const ss = String(t % 60).padStart(2, '0');
  return t >= 3600 ? `${Math.floor(t / 3600)}:${mm}:${ss}` : `${Math.floor(t / 60)}:${ss}`;
};
const perSecond = (r: number) => (r >= 100 ? String(Math.round(r)) : r.toPrecision(2));

/**
 * A one-line progress bar on stderr for long CLI work, with the rate and the time left once there is a
 * rate; silent when stderr is not a terminal but for a last line with the total time.
 */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  let done = 0;
  const tty = stream.isTTY;
  const started = performance.now();
  let drawn = 0;
  const draw = (force = false) => {
    if (!tty) return;
    const now = performance.now();
    if (!force && now - drawn < 200) return; // at most 5 redraws a second
    drawn = now;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const seconds = (now - started) / 1000;
    const rate = done > 0 && seconds >= 1 ? done / seconds : 0;
    const tail = !rate ? '' : done < total ? `, ${perSecond(rate)}/s, ${clock((total - done) / rate)} left` : `, ${perSecond(rate)}/s, ${clock(seconds)}`;
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${tail}\x1b[K`);
  };
  draw(true);
  return {
    tick(n = 1) {
      done = Math.min(total, done + n);
      draw(done === total);
    },
    finish() {
      done = total;
      draw(true);
      if (tty) stream.write('\n');
      else stream.write(`${label}: ${total}/${total} in ${clock((performance.now() - started) / 1000)}\n`);
    },
  };
}
