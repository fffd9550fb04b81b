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
