// The list of detection layers, in the order they run. Adding or removing a layer touches this
// list and the layer's own file, nothing else.
import { ClassifierLayer } from './classifier/classifier-layer.js';
import { CredentialLayer } from './credentials/credential-layer.js';
import { HeuristicLayer } from './heuristic/heuristic-layer.js';
import type { LayerSet } from '../config.js';
import type { Layer } from './layer.js';
import { loadLlmJudgeConfig } from './llm-judge/llm-judge-config.js';
import { LlmJudgeLayer } from './llm-judge/llm-judge-layer.js';
import { SemanticLayer } from './semantic/semantic-layer.js';

/** `set`: 'rules' leaves out the learned layers (INFERENCE_LAYERS, inference/config.ts). */
export function createLayers(set: LayerSet = 'all'): Layer[] {
  const layers: Layer[] = [new HeuristicLayer(), new CredentialLayer()];
  // The two learned layers share one featurisation per document (features/document-windows.ts), so
  // the semantic layer's windows cost only its model run.
  if (set === 'all') layers.push(new ClassifierLayer(), new SemanticLayer());
  // Off by default; with LLM_BASE_URL set the judge is consulted on borderline documents only, and
  // its version ("llm-judge(<model>)") shows in the model version the start-up log prints.
  const judge = loadLlmJudgeConfig();
  if (judge !== undefined) layers.push(new LlmJudgeLayer(judge));
  return layers;
}
