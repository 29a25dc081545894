import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../app/host/forecasting/pipeline';
import { runForecastInWorker, type ProgressMessage } from '../../app/host/forecasting/runner';
import { festivalShop } from './support';

describe('forecasting in a worker thread', () => {
  const { panel, diwali2025 } = festivalShop(6);
  const options = { origin: diwali2025 - 16, horizon: 28, withoutGlobal: true };

  it('reports its progress and hands back what the same run gives in-process', async () => {
    const progress: ProgressMessage[] = [];
    const run = runForecastInWorker({ panel, options }, (m) => progress.push(m));
    const [inWorker, inProcess] = await Promise.all([run.result, runPipeline(panel, options)]);
    expect(progress.length).toBeGreaterThan(5);
    const last = progress.filter((m) => m.type === 'progress').at(-1);
    expect(last && last.type === 'progress' && last.done === last.total).toBe(true);
    expect(inWorker.forecast.series.map((s) => s.chosen)).toEqual(inProcess.forecast.series.map((s) => s.chosen));
    inWorker.forecast.series.forEach((s, k) => expect(Array.from(s.mean)).toEqual(Array.from(inProcess.forecast.series[k]!.mean)));
  }, 60_000);

  it('passes an error back as a rejected promise, and can be stopped', async () => {
    const bad = runForecastInWorker({ panel, options: { ...options, origin: panel.days } });
    await expect(bad.result).rejects.toThrow(/the panel must hold the days to forecast/);
    const stopped = runForecastInWorker({ panel, options });
    await stopped.cancel();
    await expect(stopped.result).rejects.toThrow(/stopped/);
  }, 60_000);
});

describe('the global model on its own thread', () => {
  it('gives what it gives on this thread, and saves from there', async () => {
    const { panel, diwali2025 } = festivalShop(12);
    const options = { origin: diwali2025 - 16, horizon: 28, global: { maxSamples: 4_000, epochs: 3 } };
    const [remote, local] = await Promise.all([runPipeline(panel, options), runPipeline(panel, { ...options, globalOnThisThread: true })]);
    const means = (r: typeof remote) => r.forecast.methodMeans.get('global') ?? [];
    expect(means(remote).every((m) => m !== null)).toBe(true);
    means(remote).forEach((m, k) => expect(Array.from(m ?? [])).toEqual(Array.from(means(local)[k] ?? [])));
    expect(remote.model?.weights.byteLength).toBe(local.model?.weights.byteLength);
  }, 120_000);
});
