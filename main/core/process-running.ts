// Whether a process id still names a running process: what is left behind by a process that died
// (a backup half written, a lock, a test run's folder) may be cleared only then.
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user's process.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
