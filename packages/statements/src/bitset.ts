/** A fixed-size set of small integers (statement positions), for fast AND/OR of filters. */
export class Bitset {
  readonly words: Uint32Array;
  readonly size: number;

  constructor(size: number, words?: Uint32Array) {
    this.size = size;
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  static full(size: number): Bitset {
    const set = new Bitset(size);
    set.words.fill(0xffffffff);
    const extra = set.words.length * 32 - size;
    if (extra > 0) set.words[set.words.length - 1] = 0xffffffff >>> extra;
    return set;
  }

  add(index: number): void {
    this.words[index >>> 5]! |= 1 << (index & 31);
  }

  has(index: number): boolean {
    return (this.words[index >>> 5]! & (1 << (index & 31))) !== 0;
  }

  and(other: Bitset): Bitset {
    const words = new Uint32Array(this.words.length);
    for (let i = 0; i < words.length; i++) words[i] = this.words[i]! & other.words[i]!;
    return new Bitset(this.size, words);
  }

  orInPlace(other: Bitset): this {
    for (let i = 0; i < this.words.length; i++) this.words[i]! |= other.words[i]!;
    return this;
  }

  count(): number {
    let total = 0;
    for (const word of this.words) total += popcount(word);
    return total;
  }

  /** How many members this set shares with `other`, without allocating. */
  countAnd(other: Bitset): number {
    let total = 0;
    for (let i = 0; i < this.words.length; i++) total += popcount(this.words[i]! & other.words[i]!);
    return total;
  }

  /** Members in ascending order. */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let w = 0; w < this.words.length; w++) {
      let word = this.words[w]!;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        yield (w << 5) | bit;
        word &= word - 1;
      }
    }
  }
}

function popcount(word: number): number {
  let n = word - ((word >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
