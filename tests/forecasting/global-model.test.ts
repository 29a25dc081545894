import type { Tensor } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { forecastPanel } from '../../app/core/forecasting/engine';
import { featureBuilder } from '../../app/core/forecasting/global-features';
import { predictionRows } from '../../app/core/forecasting/global-samples';
import { globalModelMethod, modelInputs } from '../../app/host/forecasting/global-model';
import { loadModel, tfOnWasm } from '../../app/host/forecasting/tf-wasm';
import { festivalShop } from './support';

/** The global TensorFlow.js model on a shop whose sweets sell 4× in the week before Diwali. */
const { panel, diwali2025 } = festivalShop(40);
const origin = diwali2025 - 16;
const horizon = 28;

async function trainAndForecast() {
  const method = globalModelMethod({ seed: 7, maxSamples: 20_000 });
  const result = await forecastPanel(panel, { origin, horizon, methods: [method], folds: 0 });
  const saved = await method.save();
  method.dispose();
  return { means: result.methodMeans.get('global') ?? [], saved };
}

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const meanAt = (means: Array<Float64Array | null>, category: string, offsets: number[]) =>
  average(panel.series.flatMap((s, k) => (s.category === category ? offsets.map((o) => means[k]?.[diwali2025 + o - origin] ?? 0) : [])));

describe('the global model', () => {
  it('learns the Diwali build-up of sweets (and none for staples) from two past years; the same seed gives the same forecasts; saved weights load back', async () => {
    const first = await trainAndForecast();
    const plain = [-15, -14, -13, -12, -11];
    const lead = [-8, -7, -6, -5, -4];
    const sweetsLift = meanAt(first.means, 'sweets', lead) / meanAt(first.means, 'sweets', plain);
    const staplesLift = meanAt(first.means, 'staples', lead) / meanAt(first.means, 'staples', plain);
    expect(sweetsLift).toBeGreaterThan(2.5);
    expect(staplesLift).toBeGreaterThan(0.8);
    expect(staplesLift).toBeLessThan(1.25);
    expect(meanAt(first.means, 'staples', plain)).toBeGreaterThan(8);
    expect(meanAt(first.means, 'staples', plain)).toBeLessThan(12);

    const second = await trainAndForecast();
    first.means.forEach((m, k) => {
      for (let h = 0; h < horizon; h += 1) expect(second.means[k]?.[h] ?? 0).toBeCloseTo(m?.[h] ?? 0, 3);
    });

    expect(first.saved).not.toBeNull();
    const tf = await tfOnWasm();
    const model = await loadModel(first.saved!);
    const builder = featureBuilder(panel);
    const inputs = modelInputs(tf, predictionRows(panel, builder, origin, horizon), builder.layout);
    const again = (model.predict(inputs) as Tensor).dataSync();
    for (let k = 0; k < 3; k += 1) for (let h = 0; h < horizon; h += 1) expect(again[k * horizon + h]).toBeCloseTo(first.means[k]?.[h] ?? 0, 4);
    tf.dispose(inputs);
    model.dispose();
  }, 120_000);
});
