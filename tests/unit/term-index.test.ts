import { describe, expect, it } from "vitest";
import { TermIndex } from "@/lib/search/term-index";

/** Documents of two fields (title boosted 3×, body), given as space-separated terms. */
function index(docs: [string, string][]) {
  const builder = TermIndex.builder([3, 1]);
  for (const [title, body] of docs)
    builder.add([title.split(" ").filter(Boolean), body.split(" ").filter(Boolean)]);
  return builder.build();
}

const list = (postings: { docs: Uint32Array }) => [...postings.docs];

describe("TermIndex", () => {
  const ix = index([
    ["dan van", "dan van kheo dan"],
    ["nong thon", "nong thon moi"],
    ["", "dan"],
  ]);

  it("lists each term's documents in order, once each", () => {
    expect(ix.documentCount).toBe(3);
    expect(list(ix.postings("dan"))).toEqual([0, 2]);
    expect(list(ix.postings("moi"))).toEqual([1]);
    expect(list(ix.postings("khong"))).toEqual([]);
  });

  it("weighs a term more in a boosted field, and more when it is repeated", () => {
    const two = index([
      ["duong", "a b c"],
      ["a", "duong b c"],
      ["a", "duong duong c"],
    ]);
    const [title, once, twice] = [...two.postings("duong").weights];
    expect(title).toBeGreaterThan(twice!);
    expect(twice).toBeGreaterThan(once!);
  });

  it("adds a term's weights over the fields of one document", () => {
    const both = index([
      ["xa", "xa"],
      ["xa", "b"],
      ["c", "d"],
    ]);
    const [inBoth, inTitle] = [...both.postings("xa").weights];
    expect(inBoth).toBeGreaterThan(inTitle!);
  });

  it("weighs rare terms more than common ones", () => {
    const ix2 = index([
      ["", "hiem chung"],
      ["", "chung"],
      ["", "chung"],
    ]);
    expect(ix2.postings("hiem").weights[0]).toBeGreaterThan(ix2.postings("chung").weights[0]!);
  });

  it("finds the terms a prefix starts, in order, up to a limit", () => {
    expect(ix.termsWithPrefix("th")).toEqual(["thon"]);
    expect(ix.termsWithPrefix("")).toHaveLength(ix.termCount);
    expect(ix.termsWithPrefix("d", 1)).toEqual(["dan"]);
    expect(ix.termsWithPrefix("zz")).toEqual([]);
  });

  it("indexes an empty collection", () => {
    const empty = TermIndex.builder([1]).build();
    expect(empty.documentCount).toBe(0);
    expect(list(empty.postings("a"))).toEqual([]);
  });

  it("keeps millions of postings beyond one storage chunk", () => {
    const builder = TermIndex.builder([1]);
    const terms = Array.from({ length: 100 }, (_, i) => `t${i}`);
    for (let d = 0; d < 5000; d++) builder.add([terms]);
    const big = builder.build();
    expect(big.postings("t99").docs.length).toBe(5000);
    expect(big.postings("t0").docs[4999]).toBe(4999);
  });
});
