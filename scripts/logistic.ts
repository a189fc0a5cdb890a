/** What the two trainers share: a seeded generator, the logistic function and the SGD that fits it. */

/** mulberry32: a tiny seeded generator, so every run shuffles the same way. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

export interface TrainingExample {
  vector: { indices: readonly number[]; values: readonly number[] };
  target: number;
}

function margin(weights: Float64Array, bias: number, vector: TrainingExample['vector']): number {
  let total = bias;
  for (let index = 0; index < vector.indices.length; index++)
    total += (weights[vector.indices[index] as number] as number) * (vector.values[index] as number);
  return total;
}

/**
 * L2-regularised logistic regression by SGD with AdaGrad step sizes, the two classes weighted to
 * balance, shuffled by a seeded generator. `penalty` is the regulariser's gradient for one weight
 * (each trainer scales its λ its own way; the models' bytes depend on the exact arithmetic).
 */
export function trainLogistic(
  examples: readonly TrainingExample[],
  options: { size: number; epochs: number; seed: number; penalty: (weight: number) => number },
): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(options.size);
  const squared = new Float64Array(options.size).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const positives = examples.filter((example) => example.target === 1).length;
  const weightOf = [
    examples.length / (2 * Math.max(1, examples.length - positives)),
    examples.length / (2 * Math.max(1, positives)),
  ];
  const random = generator(options.seed);
  const order = examples.map((_, index) => index);
  const rate = 0.5;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] as number, order[index] as number];
    }
    for (const position of order) {
      const example = examples[position] as TrainingExample;
      const error =
        (sigmoid(margin(weights, bias, example.vector)) - example.target) *
        (weightOf[example.target] as number);
      const { indices, values } = example.vector;
      for (let k = 0; k < indices.length; k++) {
        const feature = indices[k] as number;
        const gradient = error * (values[k] as number) + options.penalty(weights[feature] as number);
        squared[feature] = (squared[feature] as number) + gradient * gradient;
        weights[feature] =
          (weights[feature] as number) - (rate * gradient) / Math.sqrt(squared[feature] as number);
      }
      biasSquared += error * error;
      bias -= (rate * error) / Math.sqrt(biasSquared);
    }
  }
  return { weights, bias };
}
