import type { TextProblem } from '../model.ts';

// Characters YAML does not allow in a stream (YAML 1.2.2 §5.1, c-printable): C0 controls but tab,
// line feed and carriage return; DEL; C1 controls but NEL; U+FFFE and U+FFFF. Binary files hold
// them; the `yaml` package lets them through as scalar text.
const NOT_PRINTABLE = new RegExp(
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u0084\\u0086-\\u009F\\uFFFE\\uFFFF]',
);

// A Go template action: `{{` then optional trim marker, then the start of an expression.
const TEMPLATE_ACTION = /\{\{-?\s*[.$a-zA-Z(/"]/;

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function at(text: string, offset: number, length: number, message: string): TextProblem {
  const end = offset + length;
  return { message, start: offset, end, ...position(text, offset), severity: 'error' };
}

/** The offset of the first character YAML does not allow in a stream, or -1. */
export function firstNotPrintable(text: string): number {
  return NOT_PRINTABLE.exec(text)?.index ?? -1;
}

/**
 * Problems of the text as a whole, which explain the others and so come first: characters YAML
 * forbids (a binary file), and `{{ }}` template actions when the text does not parse (an
 * unrendered Helm chart, whose YAML errors alone would puzzle). `problems` are the text's others.
 * `notPrintableAt`, when the caller knows it, is {@link firstNotPrintable} of `text` (the reader
 * finds it piece by piece, and keeps each piece's answer).
 */
export function wholeTextProblems(
  text: string,
  problems: readonly TextProblem[],
  notPrintableAt = firstNotPrintable(text),
): TextProblem[] {
  const found: TextProblem[] = [];
  if (notPrintableAt !== -1) {
    const code = text.charCodeAt(notPrintableAt).toString(16).toUpperCase().padStart(4, '0');
    const message = `the text holds a control character (U+${code}) that YAML does not allow: is it a binary file?`;
    found.push(at(text, notPrintableAt, 1, message));
  }
  const template = problems.some((p) => p.severity === 'error') && TEMPLATE_ACTION.exec(text);
  if (template) {
    const message =
      'this looks like an unrendered Helm template (`{{ }}`): render it first, e.g. with `helm template`';
    found.push(at(text, template.index, 2, message));
  }
  return found;
}
