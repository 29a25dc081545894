// `npm start`: the desktop app when Electron's binary is installed, otherwise the headless host
// serving the same screens at http://localhost (open it in any browser).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron'); // the package exports the binary's path, or throws if it was not downloaded
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const electron = electronBinary();
if (electron) {
  const child = spawn(electron, ['dist/app/main.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is not installed on this machine (see README: npm run electron:fetch); starting the headless host.');
  await import('../dist/app/cli.mjs');
}
