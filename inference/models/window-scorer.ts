// The learned layers' models, loaded once per worker and shared by the classifier and semantic layers.
// A batch is scored in two onnxruntime runs: the bag graph embeds every sentence chunk once (rows
// sorted by width, so padding stays small), windows are added up here from their chunks (a window is
// a scaled sum of chunks, so this is exact up to float rounding), and the head graph gives every
// window its classifier logit and nearest exemplars. Both layers read one memoised result per document.
import * as ort from 'onnxruntime-node';
import { join } from 'node:path';
import type { ScanDocument } from '../layers/layer.js';
import { FeatureBatchPacker } from '../features/feature-batch.js';
import { collectWindows, sharedFeaturizer, type BatchWindow } from '../features/document-windows.js';
import type { SparseFeatures } from '../features/featurizer.js';
import type { TextWindow } from '../features/windows.js';
import type { TextView } from '../text/text-view.js';
import { loadServingManifest, MODELS_DIR, type ModelManifest } from './model-manifest.js';

/** Chunk rows per bag run: big enough to amortise the call, small enough that buffers stay bounded. */
const MAX_CHUNK_ROWS = 128;
/** Window rows per head run: bounds the [windows × exemplars] cosine matrices. */
const MAX_WINDOW_ROWS = 512;

/** Outputs for each window of a batch, in window order. */
export interface WindowOutputs {
  readonly logit: Float32Array;
  readonly attackSim: Float32Array;
  readonly attackIndex: Int32Array;
  readonly benignSim: Float32Array;
  /** Encoder unit vectors, `windows × encoder dim` (only when asked for). */
  readonly embedding?: Float32Array;
}

/** One document's windows (where each sits) and their outputs. */
export interface DocumentScores extends WindowOutputs {
  readonly views: readonly TextView[];
  readonly spans: readonly TextWindow[];
  /** Windows from here on are the page's unseen text read alone (document-windows.ts). */
  readonly unseenFrom: number;
}

const SCORES_MEMO_KEY = 'models/window-scores';
const SESSION_OPTIONS: ort.InferenceSession.SessionOptions = {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
};

const shared = new Map<string, WindowScorer>();

export class WindowScorer {
  #bags: ort.InferenceSession | undefined;
  #heads: ort.InferenceSession | undefined;
  #loading: Promise<void> | undefined;
  #manifest: ModelManifest | undefined;
  /**
   * Idle packers. A worker runs two batches at once and session.run is asynchronous: a shared packer
   * would let the second batch overwrite the first's input buffers while onnxruntime still reads them.
   */
  readonly #packers: FeatureBatchPacker[] = [];

  constructor(readonly dir = MODELS_DIR) {}

  /** One scorer per models directory in this thread: the layers share its sessions and results. */
  static shared(dir = MODELS_DIR): WindowScorer {
    let scorer = shared.get(dir);
    if (!scorer) shared.set(dir, (scorer = new WindowScorer(dir)));
    return scorer;
  }

  get manifest(): ModelManifest {
    if (!this.#manifest) throw new Error('WindowScorer used before load()');
    return this.#manifest;
  }

  load(): Promise<void> {
    this.#loading ??= (async () => {
      const manifest = loadServingManifest(this.dir);
      this.#bags = await ort.InferenceSession.create(join(this.dir, manifest.graphs.bags.file), SESSION_OPTIONS);
      this.#heads = await ort.InferenceSession.create(join(this.dir, manifest.graphs.heads.file), SESSION_OPTIONS);
      this.#manifest = manifest;
    })();
    return this.#loading;
  }

  /**
   * Every document's window outputs, computed once per scan: the first layer to ask scores all the
   * documents it was given in one batch, a second layer asking for the same documents awaits that run.
   */
  scoreDocuments(docs: readonly ScanDocument[]): Promise<DocumentScores[]> {
    const fresh = docs.filter((d) => !d.memo?.has(SCORES_MEMO_KEY));
    const run = fresh.length > 0 ? this.#scoreFresh(fresh) : undefined;
    const position = new Map(fresh.map((d, i) => [d, i]));
    fresh.forEach((d, i) => d.memo?.set(SCORES_MEMO_KEY, run!.then((all) => all[i]!)));
    return Promise.all(docs.map((d) => (d.memo?.get(SCORES_MEMO_KEY) as Promise<DocumentScores> | undefined) ?? run!.then((all) => all[position.get(d)!]!)));
  }

  async #scoreFresh(docs: readonly ScanDocument[]): Promise<DocumentScores[]> {
    const batch = collectWindows(docs);
    const out = await this.score(batch.chunks, batch.windows);
    // collectWindows lists each document's windows together, in document order: a document's outputs
    // are one range of the batch's, handed out as views rather than copies.
    const ends = new Int32Array(docs.length + 1);
    for (const o of batch.owners) ends[o.doc + 1]!++;
    for (let d = 0; d < docs.length; d++) ends[d + 1]! += ends[d]!;
    return docs.map((_, d) => {
      const [from, to] = [ends[d]!, ends[d + 1]!];
      const owners = batch.owners.slice(from, to);
      const unseen = owners.findIndex((o) => o.unseen);
      return {
        views: owners.map((o) => o.view),
        spans: owners.map((o) => o.window),
        unseenFrom: unseen < 0 ? owners.length : unseen,
        logit: out.logit.subarray(from, to),
        attackSim: out.attackSim.subarray(from, to),
        attackIndex: out.attackIndex.subarray(from, to),
        benignSim: out.benignSim.subarray(from, to),
      };
    });
  }

  /** Unit vectors of arbitrary texts (already normalised views), each one bag: for tests and tools. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const chunks = texts.map((t) => sharedFeaturizer().featurizeWindow(t));
    const windows = chunks.map((_, i): BatchWindow => ({ firstChunk: i, endChunk: i + 1, scale: 1 }));
    const { embedding } = await this.score(chunks, windows, true);
    const dim = this.manifest.encoder.dim;
    return texts.map((_, i) => embedding!.slice(i * dim, (i + 1) * dim));
  }

  /** Outputs of `windows`, each the scaled sum of its rows of `chunks`. */
  async score(chunks: readonly SparseFeatures[], windows: readonly BatchWindow[], withEmbedding = false): Promise<WindowOutputs> {
    const [bags, heads] = [this.#bags, this.#heads];
    if (!bags || !heads) throw new Error('WindowScorer used before load()');
    const width = this.manifest.graphs.bags.width;
    const chunkBags = await this.#chunkBags(bags, chunks, width);
    const windowBags = new Float32Array(windows.length * width);
    windows.forEach((w, i) => {
      const at = i * width;
      for (let c = w.firstChunk; c < w.endChunk; c++) {
        const from = c * width;
        for (let k = 0; k < width; k++) windowBags[at + k]! += chunkBags[from + k]!;
      }
      for (let k = 0; k < width; k++) windowBags[at + k]! *= w.scale;
    });
    return this.#windowOutputs(heads, windowBags, windows.length, width, withEmbedding);
  }

  /** Bag rows of `chunks`, run in order of width so each slice pads only to its own widest row. */
  async #chunkBags(session: ort.InferenceSession, chunks: readonly SparseFeatures[], width: number): Promise<Float32Array> {
    const out = new Float32Array(chunks.length * width);
    const order = Array.from(chunks.keys()).sort((a, b) => chunks[a]!.indices.length - chunks[b]!.indices.length || a - b);
    const packer = this.#packers.pop() ?? new FeatureBatchPacker();
    try {
      for (let from = 0; from < order.length; from += MAX_CHUNK_ROWS) {
        const slice = order.slice(from, from + MAX_CHUNK_ROWS);
        const packed = packer.pack(slice.map((r) => chunks[r]!));
        const dims = [packed.rows, packed.width];
        const result = await session.run({ indices: new ort.Tensor('int64', packed.indices, dims), weights: new ort.Tensor('float32', packed.weights, dims) });
        const data = result.bag?.data as Float32Array | undefined;
        if (!data) throw new Error('the bag graph produced no bag');
        for (let k = 0; k < slice.length; k++) out.set(data.subarray(k * width, (k + 1) * width), slice[k]! * width);
      }
    } finally {
      this.#packers.push(packer);
    }
    return out;
  }

  async #windowOutputs(session: ort.InferenceSession, windowBags: Float32Array, count: number, width: number, withEmbedding: boolean): Promise<WindowOutputs> {
    const dim = this.manifest.encoder.dim;
    const logit = new Float32Array(count);
    const attackSim = new Float32Array(count);
    const attackIndex = new Int32Array(count);
    const benignSim = new Float32Array(count);
    const embedding = withEmbedding ? new Float32Array(count * dim) : undefined;
    const fetches = ['logit', 'attack_sim', 'attack_index', 'benign_sim', ...(withEmbedding ? ['embedding_out'] : [])];
    for (let from = 0; from < count; from += MAX_WINDOW_ROWS) {
      const rows = Math.min(MAX_WINDOW_ROWS, count - from);
      const input = new ort.Tensor('float32', windowBags.subarray(from * width, (from + rows) * width), [rows, width]);
      const r = await session.run({ window_bag: input }, fetches);
      logit.set(r.logit!.data as Float32Array, from);
      attackSim.set(r.attack_sim!.data as Float32Array, from);
      benignSim.set(r.benign_sim!.data as Float32Array, from);
      const index = r.attack_index!.data as BigInt64Array;
      for (let k = 0; k < rows; k++) attackIndex[from + k] = Number(index[k]);
      embedding?.set(r.embedding_out!.data as Float32Array, from * dim);
    }
    return { logit, attackSim, attackIndex, benignSim, embedding };
  }
}
