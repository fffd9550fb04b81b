import fc from "fast-check";
import { nameKey } from "../../src/engine/nameKey";
import { normalizeName } from "../../src/engine/normalizeName";

// One name rule for every input: the pairs on the left are one municipality, on the right two.
test.each<[string, string]>([
  ["Oss", "OSS"],
  ["Oss", " Oss\u00a0"],
  ["Sint Anthonis", "Sint  Anthonis"],
  ["Sint Anthonis", "Sint\u00a0Anthonis"],
  ["Sint Anthonis", "Sint\u202fAnthonis"],
  ["Sint Anthonis", "Sint\tAnthonis"],
  ["Oss", "O\u200bss"],
  ["Oss", "\ufeffOss"],
  ["Oss", "Os\u00ads"],
  ["Café", "Cafe\u0301"],
  ["Land van Cuijk", "land VAN cuijk"],
])("%j and %j are one name", (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

test.each<[string, string]>([
  ["Oss", "Os"],
  ["Sint Anthonis", "SintAnthonis"],
  ["Meierijstad", "Meierijstad, Veghel"],
])("%j and %j are two names", (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));

test("a name is shown as typed, only trimmed and in NFC", () => {
  expect(normalizeName("  Sint  Anthonis\u00a0")).toBe("Sint  Anthonis");
  expect(normalizeName("Cafe\u0301")).toBe("Café");
});

// A plain ASCII name takes a short way to its key; a no-break space or an invisible character
// sends the same name the long way, which must come to the same key.
test("a plain name and the same name with a no-break space or an invisible character around it have one key", () => {
  const ascii = fc.string({ unit: fc.constantFrom(..." \t-'.abcXYZ019!~") });
  fc.assert(
    fc.property(ascii, (name) => {
      const key = nameKey(name);
      expect(nameKey(`\u00a0${name}`)).toBe(key);
      expect(nameKey(`${name}\u200b`)).toBe(key);
    })
  );
});
