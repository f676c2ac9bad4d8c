// seedrandom ships no types for its per-algorithm entry; the engine wraps it in rng.ts.
declare module 'seedrandom/lib/alea.js' {
  const alea: unknown;
  export default alea;
}
