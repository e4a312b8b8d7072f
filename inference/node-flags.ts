// Node/V8 flags the inference service runs with. They must be on the command line (V8 reads them
// when the process's heaps are set up), so every launcher passes them: Dockerfile.inference,
// `npm run start:inference`, `npm start` and the bench; a test keeps those in step with this list.
//
// --single-threaded-gc: the event loop, two scan workers and the load they serve share two cores.
// A parallel garbage-collection phase waits for V8's helper threads to finish their share; under
// that contention a helper is often descheduled, and the pause stretches to 10–20 ms. Collecting on
// the collecting thread alone makes each young-generation pause a little longer and takes those
// waits (and the helpers' CPU) away.
//
// --max-semi-space-size=8 (MB; 16 by default here): a young-generation pause grows with the young
// generation (what survives is what lived through the interval), so half the size gives twice the
// collections at about half the pause each, for the same GC time in all. A shorter pause is a
// shorter stall for the requests in flight and a smaller burst behind it.
//
// Both are measured in docs/ARCHITECTURE.md ("Garbage collection on one thread, in a smaller young
// generation") and docs/BENCHMARKS.md.
//
// --no-regexp-tier-up: compile every regular expression to machine code at once. By default V8 first
// runs a pattern in its bytecode interpreter and compiles it only after it has run for a while; the
// rule layer's patterns are few, long-lived and large (several are over 10,000 characters), and a
// scan runs each one over many short windows. Measured in one process that had already scanned real
// pages, some patterns kept running interpreted: a 1 MiB adversarial input took 946 ms in the
// pipeline instead of 138 ms, and a 1 KB text 478–591 µs instead of 368 µs (docs/ARCHITECTURE.md,
// "Regular expressions compiled at once").
export const INFERENCE_NODE_FLAGS = ['--single-threaded-gc', '--max-semi-space-size=8', '--no-regexp-tier-up'] as const;

/** A flag's name, `--max_semi_space_size=8` and `--max-semi-space-size=8` alike: `--max-semi-space-size`. */
function flagName(arg: string): string {
  return arg.split('=')[0]!.replaceAll('_', '-');
}

/**
 * The flags above that this process was started without, by name: a flag given with another value
 * (an operator's choice) or through NODE_OPTIONS counts as given.
 */
export function missingNodeFlags(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].filter((a) => a.startsWith('--')).map(flagName));
  return INFERENCE_NODE_FLAGS.filter((flag) => !given.has(flagName(flag)));
}
