/**
 * A small Excel formula evaluator for the fake host, so the preview and tests see live values.
 *
 * Supported: numbers, "strings", TRUE/FALSE, cell and range references (same or other sheet,
 * quoted sheet names), defined names, + − × ÷ ^ &, parentheses, unary minus, comparisons
 * (= <> < > <= >=) and the functions ROUND, IF, ABS, SUM, MAX, MIN, N, VALUE (plain number texts),
 * IFERROR, ISNUMBER, COUNTIF (equality). Anything else evaluates to
 * #NAME?, which is what Excel shows for a function it does not know.
 *
 * Arithmetic is exact decimal (the program's one configured Decimal); numbers become JS doubles
 * only when a result leaves the evaluator, as real Excel hands back doubles.
 */
import { D, fromNumber, type Decimal } from '../../engine/decimal';
import { isCellReference, parseLocalRange, type RangeRef } from './address';

/** An Excel error value such as #DIV/0!. */
export class CellError {
  constructor(public readonly code: string) {}
}

/** A cell value as the host stores it; null is an empty cell. */
export type Scalar = number | string | boolean | CellError | null;

/** What a defined name stands for when a formula uses it. */
export type NameTarget = { sheet: string; range: RangeRef } | Scalar;

export interface FormulaHost {
  /** The cells of a range; `sheet` undefined means the formula's own sheet. Null: no such sheet. */
  rangeValues(sheet: string | undefined, range: RangeRef): Scalar[][] | null;
  /** A defined name (sheet scope first, then workbook); undefined when the name does not exist. */
  resolveName(name: string): NameTarget | undefined;
}

function isRangeTarget(t: NameTarget): t is { sheet: string; range: RangeRef } {
  return t !== null && typeof t === 'object' && 'range' in t;
}

const ERR = {
  div0: '#DIV/0!',
  name: '#NAME?',
  ref: '#REF!',
  value: '#VALUE!',
} as const;

// ---------------------------------------------------------------- tokens

type Token =
  | { t: 'num'; v: string }
  | { t: 'str'; v: string }
  | { t: 'word'; v: string }
  | { t: 'sheet'; v: string } // a quoted or plain sheet name followed by '!'
  | { t: 'op'; v: string }
  | { t: 'end' };

const WORD_CHAR = /[\p{L}\p{N}_.$]/u;

/**
 * Text between `quote` characters starting at `start`, with a doubled quote standing for one
 * (Excel's rule for both string literals and quoted sheet names). Returns the text and the
 * index just past the closing quote.
 */
function readQuoted(src: string, start: number, quote: string, unterminated: string): [string, number] {
  let s = '';
  let i = start + 1;
  for (;;) {
    if (i >= src.length) throw new SyntaxError(unterminated);
    if (src[i] === quote) {
      if (src[i + 1] === quote) {
        s += quote;
        i += 2;
        continue;
      }
      return [s, i + 1];
    }
    s += src[i];
    i += 1;
  }
}
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') {
      i += 1;
    } else if (/\d/.test(ch) || (ch === '.' && /\d/.test(src[i + 1] ?? ''))) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
      const text = m ? m[0] : ch;
      // `1:3` style row ranges are not supported; a digit run followed by letters is a word (e.g. none here).
      out.push({ t: 'num', v: text });
      i += text.length;
    } else if (ch === '"') {
      const [s, next] = readQuoted(src, i, '"', 'unterminated string');
      i = next;
      out.push({ t: 'str', v: s });
    } else if (ch === "'") {
      const [s, next] = readQuoted(src, i, "'", 'unterminated sheet name');
      i = next;
      if (src[i] !== '!') throw new SyntaxError('quoted name without !');
      i += 1;
      out.push({ t: 'sheet', v: s });
    } else if (WORD_CHAR.test(ch)) {
      let j = i;
      while (j < src.length && WORD_CHAR.test(src[j])) j += 1;
      const word = src.slice(i, j);
      if (src[j] === '!') {
        out.push({ t: 'sheet', v: word });
        j += 1;
      } else {
        out.push({ t: 'word', v: word });
      }
      i = j;
    } else {
      const two = src.slice(i, i + 2);
      if (two === '<>' || two === '<=' || two === '>=') {
        out.push({ t: 'op', v: two });
        i += 2;
      } else if ('+-*/^&=<>(),:'.includes(ch)) {
        out.push({ t: 'op', v: ch });
        i += 1;
      } else {
        throw new SyntaxError(`unexpected ${ch}`);
      }
    }
  }
  out.push({ t: 'end' });
  return out;
}

// ---------------------------------------------------------------- syntax tree

type Node =
  | { k: 'num'; v: Decimal }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'ref'; sheet?: string; range: RangeRef }
  | { k: 'name'; name: string }
  | { k: 'call'; fn: string; args: Node[] }
  | { k: 'neg'; e: Node }
  | { k: 'bin'; op: string; l: Node; r: Node }
  | { k: 'missing' };

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.peek().t !== 'end') throw new SyntaxError('trailing input');
    return node;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private isOp(...ops: string[]): boolean {
    const tok = this.peek();
    return tok.t === 'op' && ops.includes(tok.v);
  }

  private take(): Token {
    const tok = this.tokens[this.pos];
    this.pos += 1;
    return tok;
  }

  private expectOp(op: string): void {
    if (!this.isOp(op)) throw new SyntaxError(`expected ${op}`);
    this.pos += 1;
  }

  // Excel precedence, loosest first: comparison, &, + −, × ÷, ^, unary minus.
  private comparison(): Node {
    let l = this.concat();
    while (this.isOp('=', '<>', '<', '>', '<=', '>=')) {
      const op = (this.take() as { v: string }).v;
      l = { k: 'bin', op, l, r: this.concat() };
    }
    return l;
  }

  private concat(): Node {
    let l = this.additive();
    while (this.isOp('&')) {
      this.take();
      l = { k: 'bin', op: '&', l, r: this.additive() };
    }
    return l;
  }

  private additive(): Node {
    let l = this.multiplicative();
    while (this.isOp('+', '-')) {
      const op = (this.take() as { v: string }).v;
      l = { k: 'bin', op, l, r: this.multiplicative() };
    }
    return l;
  }

  private multiplicative(): Node {
    let l = this.power();
    while (this.isOp('*', '/')) {
      const op = (this.take() as { v: string }).v;
      l = { k: 'bin', op, l, r: this.power() };
    }
    return l;
  }

  private power(): Node {
    let l = this.unary();
    while (this.isOp('^')) {
      this.take();
      l = { k: 'bin', op: '^', l, r: this.unary() };
    }
    return l;
  }

  // In Excel negation binds tighter than ^ (=-2^2 is 4).
  private unary(): Node {
    if (this.isOp('-')) {
      this.take();
      return { k: 'neg', e: this.unary() };
    }
    if (this.isOp('+')) {
      this.take();
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Node {
    const tok = this.take();
    switch (tok.t) {
      case 'num':
        return { k: 'num', v: new D(tok.v) };
      case 'str':
        return { k: 'str', v: tok.v };
      case 'sheet': {
        const word = this.take();
        if (word.t !== 'word') throw new SyntaxError('reference expected after sheet name');
        return this.reference(word.v, tok.v);
      }
      case 'word': {
        if (this.isOp('(')) return this.call(tok.v.toUpperCase());
        if (isCellReference(tok.v)) return this.reference(tok.v, undefined);
        const upper = tok.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { k: 'bool', v: upper === 'TRUE' };
        return { k: 'name', name: tok.v };
      }
      case 'op':
        if (tok.v === '(') {
          const inner = this.comparison();
          this.expectOp(')');
          return inner;
        }
        throw new SyntaxError(`unexpected ${tok.v}`);
      default:
        throw new SyntaxError('unexpected end of formula');
    }
  }

  private reference(first: string, sheet: string | undefined): Node {
    let text = first;
    if (this.isOp(':')) {
      this.take();
      const second = this.take();
      if (second.t !== 'word') throw new SyntaxError('range end expected');
      text = `${first}:${second.v}`;
    }
    const range = parseLocalRange(text);
    if (!range) {
      if (sheet !== undefined) throw new SyntaxError(`bad reference ${text}`);
      return { k: 'name', name: text };
    }
    return sheet === undefined ? { k: 'ref', range } : { k: 'ref', sheet, range };
  }

  private call(fn: string): Node {
    this.expectOp('(');
    const args: Node[] = [];
    if (this.isOp(')')) {
      this.take();
      return { k: 'call', fn, args };
    }
    for (;;) {
      args.push(this.isOp(',', ')') ? { k: 'missing' } : this.comparison());
      if (this.isOp(',')) {
        this.take();
        continue;
      }
      this.expectOp(')');
      return { k: 'call', fn, args };
    }
  }
}

// ---------------------------------------------------------------- values

/** A value during evaluation: scalars with decimals in place of numbers, or a block of cells. */
type Val = Decimal | string | boolean | CellError | null | { cells: Scalar[][] };

function isDecimal(v: Val): v is Decimal {
  return v instanceof D;
}

function isBlock(v: Val): v is { cells: Scalar[][] } {
  return v !== null && typeof v === 'object' && 'cells' in v;
}

function fromScalar(s: Scalar): Val {
  return typeof s === 'number' ? fromNumber(s) : s;
}

/** A reference used where one value is needed: a single cell gives its value; more is #VALUE!. */
function single(v: Val): Exclude<Val, { cells: Scalar[][] }> {
  if (!isBlock(v)) return v;
  if (v.cells.length === 1 && v.cells[0].length === 1)
    return fromScalar(v.cells[0][0]) as Exclude<Val, { cells: Scalar[][] }>;
  return new CellError(ERR.value);
}

function toNumber(v: Val): Decimal | CellError {
  const s = single(v);
  if (s === null) return new D(0);
  if (s instanceof CellError) return s;
  if (isDecimal(s)) return s;
  if (typeof s === 'boolean') return new D(s ? 1 : 0);
  const text = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return new D(text);
  return new CellError(ERR.value);
}

function toText(v: Val): string | CellError {
  const s = single(v);
  if (s === null) return '';
  if (s instanceof CellError) return s;
  if (isDecimal(s)) return String(s.toNumber());
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  return s;
}

function toBool(v: Val): boolean | CellError {
  const s = single(v);
  if (s === null) return false;
  if (s instanceof CellError) return s;
  if (typeof s === 'boolean') return s;
  if (isDecimal(s)) return !s.isZero();
  const upper = s.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  return new CellError(ERR.value);
}

/** Excel orders numbers < text < booleans; text compares case-insensitively. */
function compare(a: Exclude<Val, { cells: Scalar[][] }>, b: Exclude<Val, { cells: Scalar[][] }>): number {
  const rank = (x: typeof a): number => (isDecimal(x) ? 0 : typeof x === 'string' ? 1 : 2);
  // An empty cell takes the other side's type.
  const l = a === null ? (isDecimal(b) ? new D(0) : typeof b === 'boolean' ? false : '') : a;
  const r = b === null ? (isDecimal(l) ? new D(0) : typeof l === 'boolean' ? false : '') : b;
  if (rank(l) !== rank(r)) return rank(l) - rank(r);
  if (isDecimal(l) && isDecimal(r)) return l.cmp(r);
  if (typeof l === 'string' && typeof r === 'string') {
    const x = l.toUpperCase();
    const y = r.toUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(l) - Number(r);
}

/** ROUND with ties away from zero; negative digits round to tens, hundreds… */
function excelRound(x: Decimal, digits: number): Decimal {
  if (digits >= 0) return x.toDecimalPlaces(digits, D.ROUND_HALF_UP);
  const scale = new D(10).pow(-digits);
  return x.div(scale).toDecimalPlaces(0, D.ROUND_HALF_UP).mul(scale);
}

class Evaluator {
  constructor(private readonly host: FormulaHost) {}

  eval(node: Node): Val {
    switch (node.k) {
      case 'num':
        return node.v;
      case 'str':
        return node.v;
      case 'bool':
        return node.v;
      case 'missing':
        return null;
      case 'ref':
        return this.block(node.sheet, node.range);
      case 'name':
        return this.name(node.name);
      case 'neg': {
        const n = toNumber(this.eval(node.e));
        return n instanceof CellError ? n : n.neg();
      }
      case 'bin':
        return this.binary(node.op, node.l, node.r);
      case 'call':
        return this.call(node.fn, node.args);
    }
  }

  private block(sheet: string | undefined, range: RangeRef): Val {
    const cells = this.host.rangeValues(sheet, range);
    return cells === null ? new CellError(ERR.ref) : { cells };
  }

  private name(name: string): Val {
    const target = this.host.resolveName(name);
    if (target === undefined) return new CellError(ERR.name);
    if (isRangeTarget(target)) return this.block(target.sheet, target.range);
    return fromScalar(target);
  }

  private binary(op: string, ln: Node, rn: Node): Val {
    const lv = this.eval(ln);
    const rv = this.eval(rn);
    if (op === '&') {
      const l = toText(lv);
      if (l instanceof CellError) return l;
      const r = toText(rv);
      return r instanceof CellError ? r : l + r;
    }
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const l = single(lv);
      if (l instanceof CellError) return l;
      const r = single(rv);
      if (r instanceof CellError) return r;
      const c = compare(l, r);
      switch (op) {
        case '=':
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '>':
          return c > 0;
        case '<=':
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    const l = toNumber(lv);
    if (l instanceof CellError) return l;
    const r = toNumber(rv);
    if (r instanceof CellError) return r;
    switch (op) {
      case '+':
        return l.plus(r);
      case '-':
        return l.minus(r);
      case '*':
        return l.times(r);
      case '/':
        return r.isZero() ? new CellError(ERR.div0) : l.div(r);
      case '^':
        return l.isZero() && r.isNegative() ? new CellError(ERR.div0) : l.pow(r);
      default:
        return new CellError(ERR.value);
    }
  }

  /** Numbers for SUM/MAX/MIN: references contribute only their numeric cells, like Excel. */
  private numbersOf(args: Node[]): Decimal[] | CellError {
    const out: Decimal[] = [];
    for (const arg of args) {
      const v = this.eval(arg);
      if (isBlock(v)) {
        for (const row of v.cells) {
          for (const cell of row) {
            if (cell instanceof CellError) return cell;
            if (typeof cell === 'number') out.push(fromNumber(cell));
          }
        }
      } else {
        const n = toNumber(v);
        if (n instanceof CellError) return n;
        out.push(n);
      }
    }
    return out;
  }

  private call(fn: string, args: Node[]): Val {
    switch (fn) {
      case 'SUM': {
        const ns = this.numbersOf(args);
        return ns instanceof CellError ? ns : ns.reduce((a, b) => a.plus(b), new D(0));
      }
      case 'MAX':
      case 'MIN': {
        const ns = this.numbersOf(args);
        if (ns instanceof CellError) return ns;
        if (ns.length === 0) return new D(0);
        return fn === 'MAX' ? D.max(...ns) : D.min(...ns);
      }
      case 'VALUE': {
        // A number stored as text, as 绩效数据 links one: Excel reads "any of the constant number
        // formats" it recognises; the fake knows the plain ones (sign, ',' between thousands,
        // spaces around, a trailing %) and gives #VALUE! for the rest, as Excel does for non-numbers.
        if (args.length !== 1) return new CellError(ERR.value);
        const v = single(this.eval(args[0]));
        if (v instanceof CellError || isDecimal(v)) return v;
        if (typeof v !== 'string') return new CellError(ERR.value);
        const m = /^ *([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[+-]?\.\d+)(%?) *$/.exec(v);
        if (!m) return new CellError(ERR.value);
        const n = new D(m[1].replace(/,/g, ''));
        return m[2] ? n.div(100) : n;
      }
      case 'ABS': {
        if (args.length !== 1) return new CellError(ERR.value);
        const n = toNumber(this.eval(args[0]));
        return n instanceof CellError ? n : n.abs();
      }
      case 'ROUND': {
        if (args.length !== 2) return new CellError(ERR.value);
        const x = toNumber(this.eval(args[0]));
        if (x instanceof CellError) return x;
        const digits = toNumber(this.eval(args[1]));
        if (digits instanceof CellError) return digits;
        return excelRound(x, digits.trunc().toNumber());
      }
      case 'IF': {
        if (args.length < 2 || args.length > 3) return new CellError(ERR.value);
        const cond = toBool(this.eval(args[0]));
        if (cond instanceof CellError) return cond;
        if (cond) return this.eval(args[1]);
        return args.length === 3 ? this.eval(args[2]) : false;
      }
      // The three below are what the evaluation sheet's live columns use (IFERROR, ISNUMBER, COUNTIF).
      case 'IFERROR': {
        if (args.length !== 2) return new CellError(ERR.value);
        const v = single(this.eval(args[0]));
        return v instanceof CellError ? this.eval(args[1]) : v;
      }
      case 'N': {
        // Excel's N: a number stays, TRUE/FALSE are 1/0, an error stays, text and empty are 0.
        if (args.length !== 1) return new CellError(ERR.value);
        const v = single(this.eval(args[0]));
        if (v instanceof CellError || isDecimal(v)) return v;
        return new D(v === true ? 1 : 0);
      }
      case 'ISNUMBER': {
        if (args.length !== 1) return new CellError(ERR.value);
        return isDecimal(single(this.eval(args[0])));
      }
      case 'COUNTIF': {
        // Equality criteria only (a value or a text such as "已过期"), compared as Excel does, case-insensitively.
        if (args.length !== 2) return new CellError(ERR.value);
        const range = this.eval(args[0]);
        const criterion = single(this.eval(args[1]));
        if (!isBlock(range) || criterion instanceof CellError) return new CellError(ERR.value);
        if (typeof criterion === 'string' && /^[<>=]/.test(criterion)) return new CellError(ERR.name);
        let count = 0;
        for (const row of range.cells) {
          for (const cell of row) {
            const v = fromScalar(cell) as Exclude<Val, { cells: Scalar[][] }>;
            if (v !== null && !(v instanceof CellError) && compare(v, criterion) === 0) count += 1;
          }
        }
        return new D(count);
      }
      default:
        return new CellError(ERR.name);
    }
  }
}

/**
 * Evaluate a formula (with or without the leading '='). The result is what the cell shows:
 * a reference to an empty cell gives 0, a multi-cell result gives #VALUE! (no spilling), and
 * text the evaluator cannot parse gives #NAME?.
 */
export function evaluateFormula(formula: string, host: FormulaHost): Scalar {
  let tree: Node;
  try {
    tree = new Parser(tokenize(formula.replace(/^=/, ''))).parse();
  } catch {
    return new CellError(ERR.name);
  }
  const v = single(new Evaluator(host).eval(tree));
  if (v === null) return 0;
  if (isDecimal(v)) return v.toNumber();
  return v;
}
