// Every user-visible string comes from the Fluent files in ../locales. A message missing in
// Welsh falls back to English, so a partial translation never shows a message id.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import cy from '../locales/cy.ftl?raw';
import en from '../locales/en.ftl?raw';
import type { Language } from './bindings';

export const SOURCES: Record<Language, string> = { en, cy };
export const LANGUAGES: Language[] = ['en', 'cy'];

export function makeBundle(language: Language, source: string): FluentBundle {
  // No Unicode isolation marks: both languages are left-to-right, and the marks would end
  // up in copied text and in what assistive technology reads.
  const bundle = new FluentBundle(language, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length > 0) throw new Error(`${language}.ftl: ${errors.map(String).join('; ')}`);
  return bundle;
}

const bundles: Record<Language, FluentBundle> = { en: makeBundle('en', en), cy: makeBundle('cy', cy) };

export type Args = Record<string, FluentVariable>;

export function translate(language: Language, id: string, args?: Args): string {
  for (const bundle of [bundles[language], bundles.en]) {
    const message = bundle.getMessage(id);
    if (message?.value) return bundle.formatPattern(message.value, args);
  }
  return id;
}

class I18n {
  language = $state<Language>('en');

  /** The message `id` in the current language. Reactive: re-renders when the language changes. */
  t = (id: string, args?: Args): string => translate(this.language, id, args);

  /** A BCP 47 tag for Intl formatting. */
  get locale(): string {
    return this.language === 'cy' ? 'cy-GB' : 'en-GB';
  }
}

export const i18n = new I18n();
export const t = i18n.t;

/** The language to start in when none was chosen yet: the system's, if it is Welsh. */
export function systemLanguage(languages: readonly string[]): Language {
  return languages.some((tag) => tag.toLowerCase().startsWith('cy')) ? 'cy' : 'en';
}
