import type { Language } from '../types';

/**
 * "Solange der Vorrat reicht", "jusqu'à épuisement des stocks": an offer's condition that its stock
 * lasts, as each covered language's terms say it. The plan keeps it when the hurry before it goes
 * ("Jetzt zuschlagen, solange der Vorrat reicht!!!"); the grammar check reads it, verbless as terms
 * are, as no clause cut loose.
 */
export const STOCK_CONDITIONS = {
  de: String.raw`solange (?:der )?Vorrat reicht`,
  nl: String.raw`zolang de voorraad strekt`,
  fr: String.raw`jusqu['’]à épuisement (?:des|du) stocks?`,
  es: String.raw`hasta (?:agotar|fin de) (?:existencias|stock)`,
  it: String.raw`fino ad? esaurimento (?:delle )?scorte`,
  pt: String.raw`até (?:esgotar|acabar) o (?:stock|estoque)|enquanto durarem os (?:stocks|estoques)`,
} satisfies Partial<Record<Language, string>>;

export type StockLanguage = keyof typeof STOCK_CONDITIONS;

/** The condition shouted is written as the terms write it (German keeps its noun's capital). */
export const CONDITION_AS_WRITTEN: Record<StockLanguage, string> = {
  de: 'Solange der Vorrat reicht',
  nl: 'Zolang de voorraad strekt',
  fr: 'Jusqu’à épuisement des stocks',
  es: 'Hasta agotar existencias',
  it: 'Fino a esaurimento scorte',
  pt: 'Até esgotar o stock',
};

export function isStockLanguage(language: Language): language is StockLanguage {
  return language in STOCK_CONDITIONS;
}
