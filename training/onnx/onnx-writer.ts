// Serialises the trained networks as two real ONNX ModelProtos (opset 13) with the buf-generated schema:
// - the bag graph: hashed-feature rows (indices int64 and weights float [rows, features], bucket 0 =
//   padding) → bag [rows, classifier dim + encoder dim], both embedding tables in one, so a feature
//   costs one gather of one row. Serving runs it on sentence chunks, each chunk once.
// - the head graph: window bags [windows, same width] (scaled sums of chunk bags, added in serving)
//   → classifier logit and P(injection), encoder unit vector and the nearest exemplars.
import { create, toBinary } from '@bufbuild/protobuf';
import {
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  GraphProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  OperatorSetIdProtoSchema,
  StringStringEntryProtoSchema,
  TensorProto_DataType,
  TensorProtoSchema,
  TypeProtoSchema,
  TypeProto_TensorSchema,
  TensorShapeProtoSchema,
  TensorShapeProto_DimensionSchema,
  ValueInfoProtoSchema,
  type AttributeProto,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from './gen/onnx-subset_pb.js';
import { NORM_EPSILON, type EmbeddingBagWeights } from '../model/embedding-bag.js';

const IR_VERSION = 8n;
const OPSET = 13n;

function floatTensor(name: string, dims: number[], data: Float32Array): TensorProto {
  // raw_data is little-endian float32; copy so a view into a larger buffer serialises only its slice.
  const bytes = new Uint8Array(data.byteLength);
  new Float32Array(bytes.buffer).set(data);
  return create(TensorProtoSchema, { name, dims: dims.map(BigInt), dataType: TensorProto_DataType.FLOAT, rawData: bytes });
}

function int64Tensor(name: string, values: number[]): TensorProto {
  return create(TensorProtoSchema, {
    name,
    dims: [BigInt(values.length)],
    dataType: TensorProto_DataType.INT64,
    int64Data: values.map(BigInt),
  });
}

function intsAttr(name: string, ints: number[]): AttributeProto {
  return create(AttributeProtoSchema, { name, type: AttributeProto_AttributeType.INTS, ints: ints.map(BigInt) });
}

function intAttr(name: string, i: number): AttributeProto {
  return create(AttributeProtoSchema, { name, type: AttributeProto_AttributeType.INT, i: BigInt(i) });
}

function node(opType: string, input: string[], output: string[], attribute: AttributeProto[] = []): NodeProto {
  return create(NodeProtoSchema, { opType, input, output, name: output[0] ?? opType, attribute });
}

function valueInfo(name: string, elemType: TensorProto_DataType, dims: (number | string)[]): ValueInfoProto {
  const dim = dims.map((d) =>
    create(TensorShapeProto_DimensionSchema, {
      value: typeof d === 'number' ? { case: 'dimValue', value: BigInt(d) } : { case: 'dimParam', value: d },
    }),
  );
  const tensorType = create(TypeProto_TensorSchema, { elemType, shape: create(TensorShapeProtoSchema, { dim }) });
  return create(ValueInfoProtoSchema, { name, type: create(TypeProtoSchema, { value: { case: 'tensorType', value: tensorType } }) });
}

/** Exemplar unit vectors baked into the encoder, row-major `count × dim`, attacks and benign apart. */
export interface ExemplarMatrices {
  readonly attack: Float32Array;
  readonly benign: Float32Array;
}

/** `rows × dim` → `dim × rows`, so MatMul(embedding, transposed) gives every cosine at once. */
function transpose(rows: Float32Array, dim: number): Float32Array {
  const n = rows.length / dim;
  const out = new Float32Array(rows.length);
  for (let r = 0; r < n; r++) for (let k = 0; k < dim; k++) out[k * n + r] = rows[r * dim + k]!;
  return out;
}

function modelBytes(
  name: string,
  parts: { nodes: NodeProto[]; initializer: TensorProto[]; input: ValueInfoProto[]; output: ValueInfoProto[] },
  metadata: Record<string, string>,
): Uint8Array {
  const graph = create(GraphProtoSchema, { name, node: parts.nodes, initializer: parts.initializer, input: parts.input, output: parts.output });
  const model = create(ModelProtoSchema, {
    irVersion: IR_VERSION,
    producerName: 'stronghold-training',
    producerVersion: '1',
    domain: 'ai.stronghold',
    modelVersion: 1n,
    graph,
    opsetImport: [create(OperatorSetIdProtoSchema, { domain: '', version: OPSET })],
    metadataProps: Object.keys(metadata)
      .sort()
      .map((key) => create(StringStringEntryProtoSchema, { key, value: metadata[key] ?? '' })),
  });
  return toBinary(ModelProtoSchema, model);
}

function checkPair(classifier: EmbeddingBagWeights, encoder: EmbeddingBagWeights): void {
  if (classifier.kind !== 'classifier' || encoder.kind !== 'encoder') throw new Error('expected a classifier and an encoder');
  if (classifier.buckets !== encoder.buckets) throw new Error('classifier and encoder hash into different bucket counts');
}

/** Width of a bag row: the classifier's columns, then the encoder's. */
export function bagWidth(classifier: EmbeddingBagWeights, encoder: EmbeddingBagWeights): number {
  return classifier.dim + encoder.dim;
}

/** The bag graph: bag = Σ w_i · [E_classifier | E_encoder][idx_i] per row. */
export function writeBagsOnnx(classifier: EmbeddingBagWeights, encoder: EmbeddingBagWeights, metadata: Record<string, string> = {}): Uint8Array {
  checkPair(classifier, encoder);
  const [dc, de] = [classifier.dim, encoder.dim];
  const width = dc + de;
  const table = new Float32Array(classifier.buckets * width);
  for (let b = 0; b < classifier.buckets; b++) {
    table.set(classifier.embedding.subarray(b * dc, (b + 1) * dc), b * width);
    table.set(encoder.embedding.subarray(b * de, (b + 1) * de), b * width + dc);
  }
  return modelBytes('stronghold_bags', {
    nodes: [
      node('Unsqueeze', ['weights', 'axis1'], ['weights3']),
      node('Gather', ['embedding', 'indices'], ['gathered'], [intAttr('axis', 0)]),
      node('MatMul', ['weights3', 'gathered'], ['bag3']),
      node('Squeeze', ['bag3', 'axis1'], ['bag']),
    ],
    initializer: [int64Tensor('axis1', [1]), floatTensor('embedding', [classifier.buckets, width], table)],
    input: [
      valueInfo('indices', TensorProto_DataType.INT64, ['rows', 'features']),
      valueInfo('weights', TensorProto_DataType.FLOAT, ['rows', 'features']),
    ],
    output: [valueInfo('bag', TensorProto_DataType.FLOAT, ['rows', width])],
  }, metadata);
}

/**
 * The head graph on window bags: logit and p_injection [windows, 1]; embedding_out [windows, encoder
 * dim]; with exemplars also attack_sim, attack_index and benign_sim [windows] (the exact nearest-exemplar
 * search runs inside onnxruntime as two small GEMMs instead of a JavaScript loop).
 */
export function writeHeadsOnnx(
  classifier: EmbeddingBagWeights,
  encoder: EmbeddingBagWeights,
  metadata: Record<string, string> = {},
  exemplars?: ExemplarMatrices,
): Uint8Array {
  checkPair(classifier, encoder);
  const [dc, de] = [classifier.dim, encoder.dim];
  const nodes: NodeProto[] = [
    node('Slice', ['window_bag', 'zero', 'classifier_end', 'axis1'], ['classifier_bag']),
    node('Slice', ['window_bag', 'classifier_end', 'encoder_end', 'axis1'], ['encoder_bag']),
    node('Gemm', ['classifier_bag', 'w1', 'b1'], ['hidden_pre']),
    node('Relu', ['hidden_pre'], ['hidden']),
    node('Gemm', ['hidden', 'w2', 'b2'], ['logit']),
    node('Sigmoid', ['logit'], ['p_injection']),
    node('ReduceL2', ['encoder_bag'], ['norm_raw'], [intsAttr('axes', [1]), intAttr('keepdims', 1)]),
    node('Max', ['norm_raw', 'epsilon'], ['norm']),
    node('Div', ['encoder_bag', 'norm'], ['embedding_out']),
  ];
  const initializer: TensorProto[] = [
    int64Tensor('axis1', [1]),
    int64Tensor('zero', [0]),
    int64Tensor('classifier_end', [dc]),
    int64Tensor('encoder_end', [dc + de]),
    floatTensor('w1', [dc, classifier.hidden], classifier.w1),
    floatTensor('b1', [classifier.hidden], classifier.b1),
    floatTensor('w2', [classifier.hidden, 1], classifier.w2),
    floatTensor('b2', [1], classifier.b2),
    floatTensor('epsilon', [], Float32Array.of(NORM_EPSILON)),
  ];
  // The logit too: the layer calibrates it, since P saturates at 1 in float32 and ties at the top.
  const output: ValueInfoProto[] = [
    valueInfo('logit', TensorProto_DataType.FLOAT, ['windows', 1]),
    valueInfo('p_injection', TensorProto_DataType.FLOAT, ['windows', 1]),
    valueInfo('embedding_out', TensorProto_DataType.FLOAT, ['windows', de]),
  ];
  if (exemplars) {
    const na = exemplars.attack.length / de;
    const nb = exemplars.benign.length / de;
    nodes.push(
      node('MatMul', ['embedding_out', 'attack_t'], ['attack_cos']),
      node('ReduceMax', ['attack_cos'], ['attack_sim'], [intsAttr('axes', [1]), intAttr('keepdims', 0)]),
      node('ArgMax', ['attack_cos'], ['attack_index'], [intAttr('axis', 1), intAttr('keepdims', 0)]),
      node('MatMul', ['embedding_out', 'benign_t'], ['benign_cos']),
      node('ReduceMax', ['benign_cos'], ['benign_sim'], [intsAttr('axes', [1]), intAttr('keepdims', 0)]),
    );
    initializer.push(floatTensor('attack_t', [de, na], transpose(exemplars.attack, de)), floatTensor('benign_t', [de, nb], transpose(exemplars.benign, de)));
    output.push(
      valueInfo('attack_sim', TensorProto_DataType.FLOAT, ['windows']),
      valueInfo('attack_index', TensorProto_DataType.INT64, ['windows']),
      valueInfo('benign_sim', TensorProto_DataType.FLOAT, ['windows']),
    );
  }
  return modelBytes('stronghold_heads', {
    nodes,
    initializer,
    input: [valueInfo('window_bag', TensorProto_DataType.FLOAT, ['windows', dc + de])],
    output,
  }, metadata);
}
