// Checks the built capture page (dist-capture/) against what the device hub serves it under:
// `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;
// font-src 'self'; connect-src 'self'` and only index.html and assets/… embedded. A page that
// breaks the policy would load blank on every phone, so the build fails here instead.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../dist-capture/', import.meta.url).pathname;
const problems = [];

const html = readFileSync(join(root, 'index.html'), 'utf8');
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  if (!/\bsrc=/.test(tag)) problems.push(`inline script: ${tag}`);
}
if (/<style\b/i.test(html)) problems.push('inline <style> in index.html');
if (/\sstyle=/i.test(html)) problems.push('style attribute in index.html');
if (/\son[a-z]+=/i.test(html)) problems.push('inline event handler in index.html');
for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]+)"/gi)) {
  if (!url.startsWith('/assets/')) problems.push(`index.html refers to ${url}, outside /assets/`);
}

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path.slice(root.length)];
  });
for (const file of files(root)) {
  if (file !== 'index.html' && !file.startsWith('assets/')) problems.push(`${file} is outside assets/`);
  if (file.endsWith('.css')) {
    const css = readFileSync(join(root, file), 'utf8');
    if (/url\(\s*["']?data:(?!image\/)/i.test(css)) problems.push(`${file} inlines a non-image data: URL`);
    if (/url\(\s*["']?(https?:)?\/\//i.test(css)) problems.push(`${file} loads from another origin`);
  }
}

if (problems.length > 0) {
  console.error(`dist-capture breaks the hub's content security policy:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`dist-capture: ${files(root).length} files, no inline script or style.`);
