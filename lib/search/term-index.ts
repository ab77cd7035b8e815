/**
 * A compact inverted index with BM25 weights, packed in typed arrays.
 *
 * Documents are numbered in the order they are added. Each term keeps its
 * postings (document numbers, ascending) and one precomputed weight per
 * posting: the BM25 score of the term in that document, summed over the
 * document's fields with their boosts. A query then costs a few typed-array
 * reads per posting and nothing per indexed document, and the whole index of
 * a large site takes a few megabytes.
 *
 * Why not a general-purpose library: MiniSearch (tried first) keeps every
 * posting in nested Maps and builds a result object per posting of every query
 * term; Vietnamese syllables (`dân`, `xã`, `thôn`) occur in most articles,
 * so its build time, memory and the cost of the commonest queries grew with
 * the site far past this index's (figures in BENCHMARKS.md).
 */

/** BM25 parameters: term-frequency saturation and length normalization. */
const K1 = 1.2;
const B = 0.7;
/** Bits that number a field in a packed (term frequency, field) entry. */
const FIELD_BITS = 3;

export interface Postings {
  /** Document numbers, ascending. */
  docs: Uint32Array;
  /** The term's weight in each of those documents. */
  weights: Float32Array;
}

export class TermIndex {
  /** Made by `TermIndex.builder(…).build()`. */
  constructor(
    readonly documentCount: number,
    /** Every term, sorted (for prefix look-ups). */
    private readonly sorted: readonly string[],
    private readonly ids: ReadonlyMap<string, number>,
    /** Term `id`'s postings are `docs[starts[id]]` to `docs[starts[id + 1] - 1]`. */
    private readonly starts: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly weights: Float32Array,
  ) {}

  get termCount(): number {
    return this.sorted.length;
  }

  /** The postings of a term; empty when no document has it. */
  postings(term: string): Postings {
    const id = this.ids.get(term);
    if (id === undefined) return { docs: new Uint32Array(0), weights: new Float32Array(0) };
    const from = this.starts[id]!;
    const to = this.starts[id + 1]!;
    return { docs: this.docs.subarray(from, to), weights: this.weights.subarray(from, to) };
  }

  /** Every indexed term that starts with `prefix` (itself included), in sorted order; at most `max`. */
  termsWithPrefix(prefix: string, max = Infinity): string[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sorted.length && out.length < max && this.sorted[i]!.startsWith(prefix); i++)
      out.push(this.sorted[i]!);
    return out;
  }

  /**
   * Start an index whose documents have these fields, each with its boost
   * (a term in a field with boost 4 weighs four times as much as in one with 1).
   */
  static builder(boosts: readonly number[]): TermIndexBuilder {
    return new TermIndexBuilder(boosts);
  }
}

/**
 * A growable list of unsigned 32-bit numbers in fixed-size chunks: no per-entry
 * objects, and growing never copies (a large site has millions of entries).
 */
class ChunkedUint32List {
  private static readonly CHUNK = 1 << 20;
  readonly chunks: Uint32Array[] = [];
  /** How much of the last chunk is used. */
  private used = ChunkedUint32List.CHUNK;

  /** Append three numbers; a triple never straddles two chunks. */
  push(a: number, b: number, c: number): void {
    if (this.used + 3 > ChunkedUint32List.CHUNK) {
      this.chunks.push(new Uint32Array(ChunkedUint32List.CHUNK));
      this.used = 0;
    }
    const chunk = this.chunks[this.chunks.length - 1]!;
    chunk[this.used++] = a;
    chunk[this.used++] = b;
    chunk[this.used++] = c;
  }

  /** Call `fn` for every triple, in order. */
  forEach(fn: (a: number, b: number, c: number) => void): void {
    this.chunks.forEach((chunk, k) => {
      const end = k === this.chunks.length - 1 ? this.used : chunk.length - (chunk.length % 3);
      for (let i = 0; i < end; i += 3) fn(chunk[i]!, chunk[i + 1]!, chunk[i + 2]!);
    });
  }
}

export class TermIndexBuilder {
  private readonly ids = new Map<string, number>();
  /**
   * (term id, document, field and term frequency) for every distinct term of every field, in document order;
   * the field is the low FIELD_BITS bits of the third number.
   */
  private readonly entries = new ChunkedUint32List();
  /** Per field: each document's length in terms. */
  private readonly lengths: number[][];
  /** Scratch for counting a field's term frequencies: by term id, and the ids seen. */
  private tf = new Uint32Array(1 << 12);
  private readonly seen: number[] = [];
  private count = 0;

  constructor(private readonly boosts: readonly number[]) {
    if (boosts.length > 1 << FIELD_BITS) throw new RangeError(`At most ${1 << FIELD_BITS} fields`);
    this.lengths = boosts.map(() => []);
  }

  /**
   * Add a document: for each field (in the order of the boosts), its terms.
   * Returns the document's number.
   */
  add(fields: readonly (readonly string[])[]): number {
    const doc = this.count++;
    for (let field = 0; field < this.boosts.length; field++) {
      const terms = fields[field] ?? [];
      this.lengths[field]!.push(terms.length);
      for (const term of terms) {
        let id = this.ids.get(term);
        if (id === undefined) this.ids.set(term, (id = this.ids.size));
        if (id >= this.tf.length) {
          const bigger = new Uint32Array(this.tf.length * 2);
          bigger.set(this.tf);
          this.tf = bigger;
        }
        if (this.tf[id] === 0) this.seen.push(id);
        this.tf[id] = this.tf[id]! + 1;
      }
      for (const id of this.seen) {
        this.entries.push(id, doc, (this.tf[id]! << FIELD_BITS) | field);
        this.tf[id] = 0;
      }
      this.seen.length = 0;
    }
    return doc;
  }

  build(): TermIndex {
    const n = this.count;
    const termCount = this.ids.size;
    const average = this.lengths.map((lengths) => lengths.reduce((a, b) => a + b, 0) / Math.max(1, n) || 1);

    // Document frequency of each term (entries come in document order: a repeat is another field).
    const df = new Uint32Array(termCount);
    const lastDoc = new Int32Array(termCount).fill(-1);
    this.entries.forEach((id, doc) => {
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id] = df[id]! + 1;
      }
    });
    const starts = new Uint32Array(termCount + 1);
    for (let id = 0; id < termCount; id++) starts[id + 1] = starts[id]! + df[id]!;
    const idf = Float64Array.from(df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));

    // Place each posting (a counting sort by term keeps document order within a term).
    const docs = new Uint32Array(starts[termCount]!);
    const weights = new Float32Array(starts[termCount]!);
    const next = starts.slice(0, termCount);
    lastDoc.fill(-1);
    this.entries.forEach((id, doc, packed) => {
      const field = packed & ((1 << FIELD_BITS) - 1);
      const tf = packed >>> FIELD_BITS;
      const norm = 1 - B + (B * this.lengths[field]![doc]!) / average[field]!;
      const weight = this.boosts[field]! * idf[id]! * ((tf * (K1 + 1)) / (tf + K1 * norm));
      if (lastDoc[id] === doc) {
        // The same document in another field: one posting, weights added.
        const at = next[id]! - 1;
        weights[at] = weights[at]! + weight;
      } else {
        lastDoc[id] = doc;
        const at = next[id]!;
        next[id] = at + 1;
        docs[at] = doc;
        weights[at] = weight;
      }
    });
    const sorted = [...this.ids.keys()].sort();
    return new TermIndex(n, sorted, this.ids, starts, docs, weights);
  }
}
