// Localization for the UI, from the same .ftl files under locales/ that the Rust crates embed.
//
// Two locales are active at once: the staff locale (the UI chrome) and the patient locale (shown
// beside it, so the interpreter and the patient read every question in their own language).
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import type { Message } from "./bindings/Message";

/** The locale every message is first written in, and the last fallback. */
export const SOURCE_LOCALE = "ja";

export type Sources = Record<string, string[]>;

/** Groups `../../locales/<locale>/<file>.ftl` sources by locale. */
export function groupSources(files: Record<string, string>): Sources {
  const out: Sources = {};
  for (const [path, source] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!match || match[1] === undefined) continue;
    (out[match[1]] ??= []).push(source);
  }
  return out;
}

export class Localizer {
  private readonly bundles = new Map<string, FluentBundle>();
  readonly errors: string[] = [];

  constructor(sources: Sources) {
    for (const [locale, files] of Object.entries(sources)) {
      // Bidi isolation marks are off in Rust too, so both sides render identical strings.
      const bundle = new FluentBundle(locale, { useIsolating: false });
      for (const source of files) {
        const resource = new FluentResource(source);
        for (const e of bundle.addResource(resource)) this.errors.push(`${locale}: ${e.message}`);
      }
      this.bundles.set(locale, bundle);
    }
  }

  get locales(): string[] {
    return [...this.bundles.keys()].sort();
  }

  has(locale: string, id: string): boolean {
    return this.bundles.get(locale)?.hasMessage(id) ?? false;
  }

  /** Best available locale for the requested BCP 47 tags; Japanese when nothing fits. */
  negotiate(requested: readonly string[]): string {
    const [best] = negotiateLanguages([...requested], this.locales, {
      defaultLocale: SOURCE_LOCALE,
      strategy: "lookup",
    });
    return best ?? SOURCE_LOCALE;
  }

  /** Formats `id` in `locale`, falling back to Japanese and finally to the id itself. */
  format(locale: string, id: string, args?: Record<string, FluentVariable>): string {
    for (const candidate of [locale, SOURCE_LOCALE]) {
      const bundle = this.bundles.get(candidate);
      const message = bundle?.getMessage(id);
      if (bundle && message?.value) {
        return bundle.formatPattern(message.value, args ?? null, []);
      }
    }
    return id;
  }

  /** Formats a message that came from Rust (an error, a checklist item…). */
  formatMessage(locale: string, message: Message): string {
    return this.format(locale, message.id, message.args ?? undefined);
  }
}

let shared: Localizer | undefined;

/** The localizer over every bundled .ftl file (bundled at build time; nothing is fetched). */
export function localizer(): Localizer {
  if (!shared) {
    const files = import.meta.glob("../../locales/*/*.ftl", {
      query: "?raw",
      import: "default",
      eager: true,
    }) as Record<string, string>;
    shared = new Localizer(groupSources(files));
  }
  return shared;
}
