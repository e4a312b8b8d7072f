// The list of detection layers, in the order they run. Adding or removing a layer touches this
// list and the layer's own file, nothing else.
import { CredentialLayer } from './credentials/credential-layer.js';
import { HeuristicLayer } from './heuristic/heuristic-layer.js';
import type { Layer } from './layer.js';

export function createLayers(): Layer[] {
  return [new HeuristicLayer(), new CredentialLayer()];
}
