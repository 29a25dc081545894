// How long a copied shop file holds out against guessing PINs: scrypt guesses a second on this
// machine at the app's cost (app/host/secrets.ts), one core and all cores, and what that makes of
// 10^4 (4-digit) and 10^6 (6-digit) PINs. Run: npx tsx bench/pin-hash.ts
import { availableParallelism, loadavg } from 'node:os';
import { nodeSecrets, PIN_COST } from '../app/host/secrets';

const stored = nodeSecrets.hashPin('0000');
const tries = Number(process.argv[2] ?? 6);
const started = performance.now();
for (let i = 0; i < tries; i++) await nodeSecrets.verifyPin(String(1000 + i), stored);
const perGuessMs = (performance.now() - started) / tries;
const cores = availableParallelism();
const perSecond = 1000 / perGuessMs;
const hours = (pins: number, rate: number) => pins / rate / 3600;
console.log(
  JSON.stringify(
    {
      cost: PIN_COST,
      perGuessMs: Math.round(perGuessMs),
      guessesPerSecondOneCore: Number(perSecond.toFixed(2)),
      cores,
      load: loadavg().map((l) => Number(l.toFixed(2))),
      hoursFor10e4OneCore: Number(hours(1e4, perSecond).toFixed(1)),
      hoursFor10e4AllCores: Number(hours(1e4, perSecond * cores).toFixed(1)),
      daysFor10e6AllCores: Number((hours(1e6, perSecond * cores) / 24).toFixed(1)),
    },
    null,
    2,
  ),
);
