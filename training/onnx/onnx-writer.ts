// Serialises EmbeddingBag weights as a real ONNX ModelProto (opset 13) with the buf-generated schema.
// Inputs: indices int64 [batch, features] and weights float [batch, features], bucket 0 = padding.
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

/**
 * The ONNX bytes of a classifier (output p_injection [batch, 1]) or encoder (output embedding_out
 * [batch, dim]; with exemplars also attack_sim, attack_index and benign_sim [batch]: the exact
 * nearest-exemplar search runs inside onnxruntime as two small GEMMs instead of a JavaScript loop).
 */
export function writeEmbeddingBagOnnx(m: EmbeddingBagWeights, metadata: Record<string, string> = {}, exemplars?: ExemplarMatrices): Uint8Array {
  const nodes: NodeProto[] = [
    node('Unsqueeze', ['weights', 'axis1'], ['weights3']),
    node('Gather', ['embedding', 'indices'], ['gathered'], [intAttr('axis', 0)]),
    node('MatMul', ['weights3', 'gathered'], ['bag3']),
    node('Squeeze', ['bag3', 'axis1'], ['bag']),
  ];
  const initializer: TensorProto[] = [int64Tensor('axis1', [1]), floatTensor('embedding', [m.buckets, m.dim], m.embedding)];
  const outputs: ValueInfoProto[] = [];
  if (m.kind === 'classifier') {
    nodes.push(
      node('Gemm', ['bag', 'w1', 'b1'], ['hidden_pre']),
      node('Relu', ['hidden_pre'], ['hidden']),
      node('Gemm', ['hidden', 'w2', 'b2'], ['logit']),
      node('Sigmoid', ['logit'], ['p_injection']),
    );
    initializer.push(
      floatTensor('w1', [m.dim, m.hidden], m.w1),
      floatTensor('b1', [m.hidden], m.b1),
      floatTensor('w2', [m.hidden, 1], m.w2),
      floatTensor('b2', [1], m.b2),
    );
    outputs.push(valueInfo('p_injection', TensorProto_DataType.FLOAT, ['batch', 1]));
    // The logit too: the layer calibrates it, since P saturates at 1 in float32 and ties at the top.
    outputs.push(valueInfo('logit', TensorProto_DataType.FLOAT, ['batch', 1]));
  } else {
    nodes.push(
      node('ReduceL2', ['bag'], ['norm_raw'], [intsAttr('axes', [1]), intAttr('keepdims', 1)]),
      node('Max', ['norm_raw', 'epsilon'], ['norm']),
      node('Div', ['bag', 'norm'], ['embedding_out']),
    );
    initializer.push(floatTensor('epsilon', [], Float32Array.of(NORM_EPSILON)));
    outputs.push(valueInfo('embedding_out', TensorProto_DataType.FLOAT, ['batch', m.dim]));
    if (exemplars) {
      const na = exemplars.attack.length / m.dim;
      const nb = exemplars.benign.length / m.dim;
      nodes.push(
        node('MatMul', ['embedding_out', 'attack_t'], ['attack_cos']),
        node('ReduceMax', ['attack_cos'], ['attack_sim'], [intsAttr('axes', [1]), intAttr('keepdims', 0)]),
        node('ArgMax', ['attack_cos'], ['attack_index'], [intAttr('axis', 1), intAttr('keepdims', 0)]),
        node('MatMul', ['embedding_out', 'benign_t'], ['benign_cos']),
        node('ReduceMax', ['benign_cos'], ['benign_sim'], [intsAttr('axes', [1]), intAttr('keepdims', 0)]),
      );
      initializer.push(
        floatTensor('attack_t', [m.dim, na], transpose(exemplars.attack, m.dim)),
        floatTensor('benign_t', [m.dim, nb], transpose(exemplars.benign, m.dim)),
      );
      outputs.push(
        valueInfo('attack_sim', TensorProto_DataType.FLOAT, ['batch']),
        valueInfo('attack_index', TensorProto_DataType.INT64, ['batch']),
        valueInfo('benign_sim', TensorProto_DataType.FLOAT, ['batch']),
      );
    }
  }
  const graph = create(GraphProtoSchema, {
    name: `stronghold_${m.kind}`,
    node: nodes,
    initializer,
    input: [
      valueInfo('indices', TensorProto_DataType.INT64, ['batch', 'features']),
      valueInfo('weights', TensorProto_DataType.FLOAT, ['batch', 'features']),
    ],
    output: outputs,
  });
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
