import { appendedOnly } from "./appendedOnly";

describe("appendedOnly (the preservation test’s judge)", () => {
  it("accepts entries appended at the end of a list and count updates", () => {
    expect(
      appendedOnly('<l count="1"><e a="1"/></l>', '<l count="2"><e a="1"/><e a="2"/></l>')
    ).toEqual({
      missing: [],
      misplaced: [],
      inserted: [['<e a="2"/>']],
    });
  });

  it("flags an entry inserted before an existing one, a changed entry and a removed one", () => {
    expect(appendedOnly('<l><e a="1"/></l>', '<l><e a="0"/><e a="1"/></l>').misplaced).toEqual([
      ['<e a="0"/>'],
    ]);
    expect(appendedOnly('<l><e a="1"/><f/></l>', '<l><e a="2"/><f/></l>').missing).toContain(
      '<e a="1"/>'
    );
    expect(appendedOnly('<l><e a="1"/><f/></l>', "<l><f/></l>").missing).toContain('<e a="1"/>');
  });
});
