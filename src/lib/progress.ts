/** A one-line progress bar on stderr for long CLI work; silent when stderr is not a terminal. */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  let done = 0;
  const tty = stream.isTTY;
  const draw = () => {
    if (!tty) return;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  };
  draw();
  return {
    tick(n = 1) {
      done = Math.min(total, done + n);
      draw();
    },
    finish() {
      done = total;
      draw();
      if (tty) stream.write('\n');
      else stream.write(`${label}: ${total}/${total}\n`);
    },
  };
}
