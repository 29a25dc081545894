import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/**
 * TensorFlow.js on its WebAssembly backend: the native Node backend (tfjs-node) downloads
 * libtensorflow at install time, which shops' PCs and our build machines cannot do, and wasm trains
 * an MLP several times faster than the pure-JS cpu backend. The .wasm files ship inside the npm
 * package; the backend is told where they are before it starts (it would otherwise fetch them).
 */
let ready: Promise<typeof tf> | null = null;

export function tfOnWasm(): Promise<typeof tf> {
  ready ??= (async () => {
    const packageMain = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
    setWasmPaths(`${dirname(packageMain)}/`);
    if (!(await tf.setBackend('wasm'))) throw new Error('TensorFlow.js could not start its wasm backend');
    await tf.ready();
    return tf;
  })();
  return ready;
}

/** A trained model as two blobs (topology JSON and weights), for a BLOB column or a file. */
export interface SavedModel {
  topology: string;
  weightSpecs: string;
  weights: Uint8Array;
}

export async function saveModel(model: tf.LayersModel): Promise<SavedModel> {
  let saved: SavedModel | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const data = artifacts.weightData;
      const buffer = data instanceof ArrayBuffer ? data : tf.io.concatenateArrayBuffers(data ?? []);
      saved = { topology: JSON.stringify(artifacts.modelTopology), weightSpecs: JSON.stringify(artifacts.weightSpecs ?? []), weights: new Uint8Array(buffer) };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!saved) throw new Error('the model was not saved');
  return saved;
}

export async function loadModel(saved: SavedModel): Promise<tf.LayersModel> {
  const tfw = await tfOnWasm();
  const weights = saved.weights.slice().buffer;
  return tfw.loadLayersModel(tfw.io.fromMemory(JSON.parse(saved.topology), JSON.parse(saved.weightSpecs), weights));
}
