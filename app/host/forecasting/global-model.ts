import type * as tfTypes from '@tensorflow/tfjs';
import { featureBuilder, type FeatureBuilder, type FeatureLayout } from '../../core/forecasting/global-features';
import { predictionRows, trainingSamples, type SampleMatrix } from '../../core/forecasting/global-samples';
import { GLOBAL, type Forecaster, type MethodContext, type MethodOutput } from '../../core/forecasting/methods';
import type { DemandPanel } from '../../core/forecasting/series';
import { saveModel, tfOnWasm, type SavedModel } from './tf-wasm';

/**
 * One model across all products (a global model): an MLP that reads each product's recent level
 * ratios, weekday shape, last year's same season, the day's calendar (weekday, season, salary
 * week, every festival window), price and promotion, and the product's category, and predicts a
 * multiplier of the product's recent level. Category one-hots let the festival effects differ by
 * category. Trained with a Poisson loss on units, so fast movers weigh in proportion to what
 * they sell (as in WAPE) and the output is a mean.
 *
 * Deterministic for a seed: seeded initialisers, rows in a seeded order, no shuffling, and the
 * wasm backend runs on one thread.
 */
export interface GlobalModelOptions {
  seed?: number;
  maxSamples?: number;
  epochs?: number;
  /** epochs at the forecast origin, carrying on from the model trained at the first backtest origin */
  fineTuneEpochs?: number;
  minProductDays?: number;
  hidden?: readonly [number, number];
  batchSize?: number;
  learningRate?: number;
  onEpoch?: (info: { step: number; epoch: number; epochs: number; loss: number }) => void;
  /** a yield point between batches: the host's thread may want the CPU for a bill */
  pause?: () => void;
}

/** Rows seen in training at the first origin (epochs × rows): a big shop's rows are drawn, a small shop's repeated. */
const TARGET_PASSES = 360_000;
const MIN_EPOCHS = 3;
const MAX_EPOCHS = 60;
/**
 * Below this many days of known sales (summed over products) before the first backtest origin, a
 * global model has too little to learn from and its forecasts swing from one origin to the next:
 * on the bakery's 29 items × 2–3 months its WAPE went from 0.49 to 0.63 between adjacent 4-week
 * windows of the training data. It then offers no forecasts and the per-product methods carry on.
 */
export const MIN_PRODUCT_DAYS = 10_000;
const PREDICT_PRODUCTS = 300;

/**
 * Festival windows enter the bilinear term as 8 rather than 1: Adam moves a weight by about the
 * learning rate per update, and a ×4 Diwali lift needs the sum to travel about 3.4, which at 1
 * took more updates than a night's training has.
 */
const FESTIVAL_INPUT_SCALE = 8;

/**
 * The model's four inputs for rows [from, to): the features without the festival columns, the
 * levels, the category columns and the festival columns. Built batch by batch from the rows, so
 * the wasm heap holds one batch, not the whole training set.
 */
export function modelInputs(tf: typeof tfTypes, m: SampleMatrix, layout: FeatureLayout, from = 0, to = m.n): tfTypes.Tensor[] {
  const n = to - from;
  const [festivalStart, festivalCount] = layout.festivals;
  const [categoryStart, categoryCount] = layout.category;
  const restWidth = m.width - festivalCount;
  const rest = new Float32Array(n * restWidth);
  const category = new Float32Array(n * categoryCount);
  const festivals = new Float32Array(n * festivalCount);
  for (let r = 0; r < n; r += 1) {
    const row = m.x.subarray((from + r) * m.width, (from + r + 1) * m.width);
    rest.set(row.subarray(0, festivalStart), r * restWidth);
    rest.set(row.subarray(festivalStart + festivalCount), r * restWidth + festivalStart);
    category.set(row.subarray(categoryStart, categoryStart + categoryCount), r * categoryCount);
    for (let q = 0; q < festivalCount; q += 1) festivals[r * festivalCount + q] = (row[festivalStart + q] ?? 0) * FESTIVAL_INPUT_SCALE;
  }
  return [
    tf.tensor2d(rest, [n, restWidth]),
    tf.tensor2d(m.level.subarray(from, to), [n, 1]),
    tf.tensor2d(category, [n, categoryCount]),
    tf.tensor2d(festivals, [n, festivalCount]),
  ];
}

function knownProductDays(panel: DemandPanel, origin: number): number {
  let n = 0;
  for (const s of panel.series) for (let i = 0; i < origin; i += 1) n += s.known[i] ?? 0;
  return n;
}

export interface GlobalForecaster extends Forecaster {
  forecast(ctx: MethodContext): Promise<MethodOutput>;
  /** the model trained at the last origin, for storing */
  save(): Promise<SavedModel | null>;
  dispose(): void;
}

export function globalModelMethod(options: GlobalModelOptions = {}): GlobalForecaster {
  const seed = options.seed ?? 20_231_112;
  let model: tfTypes.LayersModel | null = null;
  let builder: FeatureBuilder | null = null;

  /**
   * Two branches: an MLP over every feature but the festival windows, and a bilinear term
   * (category one-hot × festival windows, one weight per pair), so each category learns its own
   * lift for each window: given the windows directly, the MLP blended the categories' lifts (staples
   * rose with sweets at Diwali). Their sum, through softplus, multiplies the level.
   */
  const build = (tf: typeof tfTypes, layout: FeatureLayout) => {
    const [h1, h2] = options.hidden ?? [48, 24];
    const init = (k: number) => tf.initializers.glorotUniform({ seed: seed + k });
    const features = tf.input({ shape: [layout.width - layout.festivals[1]], name: 'features' });
    const level = tf.input({ shape: [1], name: 'level' });
    const category = tf.input({ shape: [layout.category[1]], name: 'category' });
    const festivals = tf.input({ shape: [layout.festivals[1]], name: 'festivals' });
    let x = tf.layers.dense({ units: h1, activation: 'relu', kernelInitializer: init(1) }).apply(features) as tfTypes.SymbolicTensor;
    x = tf.layers.dense({ units: h2, activation: 'relu', kernelInitializer: init(2) }).apply(x) as tfTypes.SymbolicTensor;
    // Start at a multiplier of 1 (softplus(ln(e − 1)) = 1): an untrained model says "as lately".
    const shared = tf.layers
      .dense({
        units: 1,
        kernelInitializer: tf.initializers.randomUniform({ minval: -0.01, maxval: 0.01, seed: seed + 3 }),
        biasInitializer: tf.initializers.constant({ value: Math.log(Math.E - 1) }),
      })
      .apply(x) as tfTypes.SymbolicTensor;
    const perCategory = tf.layers.dense({ units: layout.festivals[1], useBias: false, kernelInitializer: 'zeros' }).apply(category) as tfTypes.SymbolicTensor;
    const festivalLift = tf.layers.dot({ axes: 1 }).apply([perCategory, festivals]) as tfTypes.SymbolicTensor;
    const logit = tf.layers.add().apply([shared, festivalLift]) as tfTypes.SymbolicTensor;
    const multiplier = tf.layers.activation({ activation: 'softplus' }).apply(logit) as tfTypes.SymbolicTensor;
    const units = tf.layers.multiply().apply([multiplier, level]) as tfTypes.SymbolicTensor;
    const m = tf.model({ inputs: [features, level, category, festivals], outputs: units });
    m.compile({ optimizer: tf.train.adam(options.learningRate ?? 0.003), loss: 'poisson' });
    return m;
  };

  let fullEpochs = 0;

  // Batches in the rows' (seeded, shuffled) order: the same seed gives the same model.
  const train = async (tf: typeof tfTypes, m: tfTypes.LayersModel, samples: SampleMatrix, epochs: number, step: number) => {
    if (!builder || samples.n === 0 || epochs <= 0) return;
    const batchSize = options.batchSize ?? 1024;
    for (let epoch = 1; epoch <= epochs; epoch += 1) {
      let loss = 0;
      for (let from = 0; from < samples.n; from += batchSize) {
        options.pause?.();
        const to = Math.min(samples.n, from + batchSize);
        const x = modelInputs(tf, samples, builder.layout, from, to);
        const y = tf.tensor2d(samples.y.subarray(from, to), [to - from, 1]);
        const batchLoss = await m.trainOnBatch(x, y);
        tf.dispose([...x, y]);
        loss += (typeof batchLoss === 'number' ? batchLoss : (batchLoss[0] ?? 0)) * (to - from);
      }
      options.onEpoch?.({ step, epoch, epochs, loss: loss / samples.n });
    }
  };

  const forecastAt = async (ctx: MethodContext): Promise<MethodOutput> => {
    const tf = await tfOnWasm();
    if (ctx.step === 0) {
      model?.dispose();
      model = null;
      if (knownProductDays(ctx.panel, ctx.origin) < (options.minProductDays ?? MIN_PRODUCT_DAYS)) return ctx.panel.series.map(() => null);
      builder = featureBuilder(ctx.panel);
      const samples = trainingSamples(ctx.panel, builder, ctx.origin, ctx.horizon, options.maxSamples ?? 120_000, seed);
      model = build(tf, builder.layout);
      fullEpochs = options.epochs ?? Math.min(MAX_EPOCHS, Math.max(MIN_EPOCHS, Math.round(TARGET_PASSES / samples.n)));
      await train(tf, model, samples, fullEpochs, ctx.step);
    } else if (!model || !builder) {
      return ctx.panel.series.map(() => null);
    } else if (ctx.step === ctx.steps - 1) {
      // The forecast origin: carry on with the weeks the backtest held back.
      const samples = trainingSamples(ctx.panel, builder, ctx.origin, ctx.horizon, options.maxSamples ?? 120_000, seed + ctx.step);
      await train(tf, model, samples, options.fineTuneEpochs ?? Math.max(1, Math.round(fullEpochs / 4)), ctx.step);
    }
    // In slices of products: the wasm heap keeps its largest size for the rest of the run.
    const output: MethodOutput = [];
    for (let from = 0; from < ctx.panel.series.length; from += PREDICT_PRODUCTS) {
      options.pause?.();
      const to = Math.min(ctx.panel.series.length, from + PREDICT_PRODUCTS);
      const x = modelInputs(tf, predictionRows(ctx.panel, builder, ctx.origin, ctx.horizon, from, to), builder.layout);
      const predicted = model.predict(x, { batchSize: 8192 }) as tfTypes.Tensor;
      const values = (await predicted.data()) as Float32Array;
      tf.dispose([...x, predicted]);
      for (let k = from; k < to; k += 1) {
        const out = new Float64Array(ctx.horizon);
        for (let h = 0; h < ctx.horizon; h += 1) {
          const v = values[(k - from) * ctx.horizon + h] ?? 0;
          out[h] = Number.isFinite(v) && v > 0 ? v : 0;
        }
        output.push(out);
      }
    }
    return output;
  };

  // The engine asks for every origin at once; each step carries on from the model of the one before.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    name: GLOBAL,
    forecast(ctx: MethodContext): Promise<MethodOutput> {
      const next = queue.then(() => forecastAt(ctx));
      queue = next.catch(() => undefined);
      return next;
    },
    async save() {
      return model ? saveModel(model) : null;
    },
    dispose() {
      model?.dispose();
      model = null;
    },
  };
}
