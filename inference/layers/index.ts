// The list of detection layers, in the order they run. Adding or removing a layer touches this
// list and the layer's own file, nothing else.
import { CredentialLayer } from './credentials/credential-layer.js';
import { HeuristicLayer } from './heuristic/heuristic-layer.js';
import type { Layer } from './layer.js';
import { loadLlmJudgeConfig } from './llm-judge/llm-judge-config.js';
import { LlmJudgeLayer } from './llm-judge/llm-judge-layer.js';

export function createLayers(): Layer[] {
  const layers: Layer[] = [new HeuristicLayer(), new CredentialLayer()];
  // Off by default; with LLM_BASE_URL set the judge is consulted on borderline documents only, and
  // its version ("llm-judge(<model>)") shows in the model version the start-up log prints.
  const judge = loadLlmJudgeConfig();
  if (judge !== undefined) layers.push(new LlmJudgeLayer(judge));
  return layers;
}
