/**
 * Site knowledge lives in one place per site: no CSS selector is written as a string anywhere under lib/sites but in a
 * site's selectors.ts (generic HTML helpers in lib/sites/core excepted). Strings are read with TypeScript's own
 * scanner, so comments and regular expressions do not count; a string that starts like a selector (`.class`, `#id`,
 * `tag.class`, `tag[attr`, `[attr`) does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const SELECTOR_START = /^\s*(?:[a-z][a-z0-9]*)?(?:[.#][A-Za-z_-]|\[[A-Za-z_-])/;
/** Host names and dotted names (`pos.gosuslugi.ru`, `groups.getById`, `st.cmd`) start like `tag.class` but are not. */
const DOTTED_NAME = /^[\w-]+(?:\.[\w-]+)+$/;
/** The diagnostics' site prefix (`[vk] reader error: …`) and a file extension are no selectors either. */
const NOT_CSS = /^\[(?:vk|ok)\] |^\.[a-z]{2,4}$/;
const looksLikeCss = (s: string) => SELECTOR_START.test(s) && !DOTTED_NAME.test(s) && !NOT_CSS.test(s);

/** The string literals of a source file (template parts included), by TypeScript's scanner. */
function stringsOf(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const out: string[] = [];
  let prev: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  let depth = 0;
  /** The brace depths at which a template's `${` opened: its `}` continues the template. */
  const templates: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    // a `/` after an expression is division, elsewhere a regular expression: let the scanner re-read it
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      const exprEnd = [
        ts.SyntaxKind.Identifier,
        ts.SyntaxKind.CloseParenToken,
        ts.SyntaxKind.CloseBracketToken,
        ts.SyntaxKind.NumericLiteral,
        ts.SyntaxKind.StringLiteral,
      ].includes(prev);
      if (!exprEnd) kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (templates.at(-1) === depth) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else depth--;
    } else if (kind === ts.SyntaxKind.TemplateHead) templates.push(depth);
    if (
      kind === ts.SyntaxKind.StringLiteral ||
      kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      kind === ts.SyntaxKind.TemplateHead ||
      kind === ts.SyntaxKind.TemplateMiddle ||
      kind === ts.SyntaxKind.TemplateTail
    )
      out.push(scanner.getTokenValue());
    prev = kind;
  }
  return out;
}

function siteFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) out.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, 'lib/sites'));
  return out.filter((f) => !f.endsWith('/selectors.ts') && !f.startsWith('lib/sites/core/'));
}

describe('site knowledge in one place', () => {
  it('the checker sees selectors in strings, not in comments or regular expressions (it can fail)', () => {
    const source = [
      "// '.post'",
      "const a = '.post[data-id]'; const b = \"a[href*='x']\"; const r = /'\\.no'/;",
      `const t = \`#x \${a}\`;`,
    ].join('\n');
    const strings = stringsOf(source).filter(looksLikeCss);
    expect(strings).toEqual(['.post[data-id]', "a[href*='x']", '#x ']);
  });

  it.each(siteFiles())('%s writes no CSS selector (they live in its site’s selectors.ts)', (file) => {
    const css = stringsOf(readFileSync(join(ROOT, file), 'utf8')).filter(looksLikeCss);
    expect(css).toEqual([]);
  });
});
