/**
 * Where a rule is written, as the text around it that belongs to it (for the error catalog): the smallest call,
 * array or object literal that holds the rule's name, widened outward while the wider one holds no other rule and
 * is not a block (a function or `if` body). So a rule's code, field and message are read from its own call or object
 * however the formatter broke it over lines, and never from a neighbouring rule's.
 */

interface Pair {
  open: number;
  close: number;
  block: boolean;
}

/** What comes before an object literal's `{` (a block's follows `)`, `=>`, a keyword or a return type). */
const OBJECT_BEFORE = /(?:[(,=[?:]|\breturn|\|\||\?\?|&&|\.\.\.)\s*$/;
/** What comes before a regular expression literal's `/` (a division follows a value). */
const REGEX_BEFORE = /(?:^|[(,=:[!&|?{};]|\breturn)\s*$/;
/** Widest context read for one rule (a long call is cut here). */
const MAX_CONTEXT = 1_000;

/** Every bracket pair of the source, strings, templates, comments and regular expressions skipped. */
function bracketPairs(text: string): Pair[] {
  const pairs: Pair[] = [];
  const stack: Pair[] = [];
  // What precedes position i, up to 80 characters and across line breaks (a `{` or `/` may start a line).
  const before = (i: number) => text.slice(Math.max(0, i - 80), i).replace(/\s+$/, "");
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) if (text[j] === "\\") j++;
      i = j;
    } else if (c === "/" && REGEX_BEFORE.test(before(i))) {
      let j = i + 1;
      for (let inClass = false; j < text.length && text[j] !== "\n"; j++) {
        if (text[j] === "\\") j++;
        else if (text[j] === "[") inClass = true;
        else if (text[j] === "]") inClass = false;
        else if (text[j] === "/" && !inClass) break;
      }
      i = j;
    } else if (c === "(" || c === "[") {
      stack.push({ open: i, close: -1, block: false });
    } else if (c === "{") {
      const prefix = before(i);
      stack.push({
        open: i,
        close: -1,
        block: !OBJECT_BEFORE.test(prefix) || /\b(?:case\b.*|default\s*):\s*$/.test(prefix),
      });
    } else if (c === ")" || c === "]" || c === "}") {
      const pair = stack.pop();
      if (pair) pairs.push({ ...pair, close: i });
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/**
 * For each match index (a rule's name) in `text`, its context: the innermost non-block pair around it, widened while
 * the wider pair holds no other match. A match outside any pair reads its own line.
 */
export function ruleContexts(text: string, matches: readonly number[]): string[] {
  const pairs = bracketPairs(text);
  const inside = (p: Pair) => matches.filter((m) => m > p.open && m < p.close).length;
  return matches.map((at) => {
    const around = pairs.filter((p) => p.open < at && at < p.close).reverse(); // innermost first
    let chosen: Pair | undefined;
    for (const p of around) {
      if (p.block || p.close - p.open > MAX_CONTEXT) break;
      if (chosen && inside(p) > 1) break;
      chosen = p;
    }
    if (!chosen) {
      const start = text.lastIndexOf("\n", at) + 1;
      const end = text.indexOf("\n", at);
      return text.slice(start, end < 0 ? text.length : end);
    }
    // The call's name and what leads it on its line (`throw new GraphQLError(`, `badInput(`), then the pair.
    const lineStart = text.lastIndexOf("\n", chosen.open) + 1;
    return text.slice(lineStart, chosen.close + 1).replace(/\s*\n\s*/g, " ");
  });
}
