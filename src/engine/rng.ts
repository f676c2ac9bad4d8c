// The one seeded generator: seedrandom's alea, whose whole state lives in the game state.
import alea from 'seedrandom/lib/alea.js';

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

interface AleaPrng {
  (): number;
  state(): RngState;
}
type AleaFactory = (seed: string, options: { state: boolean | RngState }) => AleaPrng;
const makeAlea = alea as AleaFactory;

/** A generator for one step of the engine: created from a saved state, saved back when the step ends. */
export class Rng {
  private readonly prng: AleaPrng;
  constructor(state: RngState) {
    this.prng = makeAlea('', { state });
  }
  static fromSeed(seed: string): Rng {
    return new Rng(makeAlea(seed, { state: true }).state());
  }
  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.prng() * n);
  }
  /** True with probability bp / 10 000. */
  chance(bp: number): boolean {
    return this.int(10_000) < bp;
  }
  state(): RngState {
    return this.prng.state();
  }
}
