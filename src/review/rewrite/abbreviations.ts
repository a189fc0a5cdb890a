/**
 * A word written with a full stop of its own ("Inc.", "Co.", "e.g.") at the end of the text before it:
 * no sentence ends there. US states as a dateline writes them ("TUCSON, Ariz., April 8") are among them,
 * and a company's form in other languages ("Nexa Software S.r.l. ha chiuso", "Grupo Sur S.L.U.", "Lda."), and
 * the Dutch "i.c.m." ("niet geldig i.c.m. andere acties").
 * One list for the segmenter, the edits' tidying and the calmer voice.
 */
export const ABBREVIATION_BEFORE =
  /(?:^|[^\p{L}])(?:Inc|Ltd|S\.r\.l|S\.p\.A|S\.a\.s|S\.n\.c|S\.L\.U|S\.A\.S|S\.A\.R\.L|Lda|Ltda|Cía|e\.V|Co|Corp|Bros|Pty|Pte|Pvt|Bhd|Sdn|Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|etc|approx|e\.g|i\.e|No|Nr|ca|bzw|usw|z\.B|p\.ex|d\.d|t\.a\.v|i\.c\.m|m\.b\.t|i\.v\.m|Sra?|Prof|Reg|Pa|Ave|Av|Avda|Pza|Rd|Tel|Ref|ref|REF|sq|ft|a\.m|p\.m|a\. m|p\. m|dto|inc|incl|excl|aprox|ggf|inkl|zzgl|Std|Min|Mio|Mrd|pág|INC|LTD|CO|CORP|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/u;

// "the U.S.", "the E.U.": initials with their full stops; a sentence runs on after them into a small letter.
export const INITIALS = /(?:^|[^\p{L}])(?:\p{Lu}\.){2,3}$/u;
// "— Principal D. Whitmore", "— Anna K. Berg": a signature's middle initial, before the surname.
const SIGNATURE_INITIAL = /(?:^|\s)[—–]\s*(?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}\.$/u;
// "registered charity no. 1176029": a number's "no.", whatever its case, before its figures.
// "ordine n. 78213": the Italian and Spanish "n." too; "AGB (§ 7 Abs. 3)", "art. 5": a clause's.
// "Vorgangsnr. 2024-0388147", "klantnr. 48213": a German or Dutch compound's "-nr." is one too.
const NUMBER_SIGN = /(?:(?:^|[^\p{L}])(?:no|nr|núm|n°|n|abs|art|ziff|par|para|sec|cl)|\p{L}{2}nr)\.$/iu;
// "de 7 a. m. a 8 p. m.": the Spanish hours, written with a space inside.
const SPACED_HOUR = /(?:^|\s)[ap]\.$/u;

// "am 15.03. ohne weitere Ankündigung": a date written day and month, each with its full stop.
const DAY_AND_MONTH = /(?:^|[^\p{N}.])\d{1,2}\.\d{1,2}\.\s*$/u;

/**
 * Whether no sentence ends at the full stop that closes `before`, given the text `after` it: after an
 * abbreviation never, after initials or a day and month ("15.03.") when a small letter follows, after
 * "no." when figures do. One answer for the segmenter, the edits' tidying and the grammar check.
 */

// "…at the Shangri-La. With over 600 attendees", "218 Elm St. Tag someone": a state or a street's
// type closes an address, and a sentence may end with it; before a capital it does, unless a comma or
// a dash carries the dateline on ("TUCSON, Ariz., April 8"). "St. Ives", with no name before it, is a saint.
const PLACE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)|\p{Lu}[\p{L}'’-]*\s+(?:St|Rd|Ave|Av))\.$/u;

// "Mobil-home 4 pers. à partir de 89€", "Groups of 6 max. per table", "Excl. sale items", "reg. charity no.", "12 februari jl. in goede
// orde", "Si diffidano le SS.LL. dal reiterare…" (an Italian letter's "Your Lordships"): shortened words a sentence runs on after only when a small letter follows ("…6 max. Book
// at…" ends one).
const SHORTENED_BEFORE_SMALL =
  /(?:^|[^\p{L}])(?:pers|env|hab|max|min|excl|incl|reg|dept|mín|máx|vol|art|tfno|tél|tlf|sig|sigg|dott|ing|str|hrn|pág|pag|núm|cf|ex|jl|a\.s|o\.a|z\.s\.m|ss\.ll|ll\.ss|s\.v|spett|gent|egr|sig\.ra)\.$/iu;

// "die 6. GRATIS", "ab dem 3. Oktober", "am 6. Mai": German writes an ordinal as its figure and a
// full stop; after an article or a preposition, or before a month, no sentence ends there.
const GERMAN_ORDINAL_AFTER_ARTICLE =
  /(?:^|\s)(?:am|vom|zum|zur|bis|ab|dem|den|der|die|das|des|im|seit|jeden|jede|jeder|ihr|ihre|ihren|unser|unsere|unseren)\s+\d{1,3}\.$/u;
const DAY_BEFORE_GERMAN_MONTH = /(?:^|[^\p{N}.])\d{1,2}\.$/u;
const GERMAN_MONTH_AFTER =
  /^\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

export function runsOnAfter(before: string, after: string): boolean {
  if (PLACE_BEFORE.test(before) && /^\s*\p{Lu}/u.test(after)) return false;
  return (
    ABBREVIATION_BEFORE.test(before) ||
    (SHORTENED_BEFORE_SMALL.test(before) && /^\s*\p{Ll}/u.test(after)) ||
    (INITIALS.test(before) && /^\s*\p{Ll}/u.test(after)) ||
    (NUMBER_SIGN.test(before) && /^\s*\d/u.test(after)) ||
    (SPACED_HOUR.test(before) && /^\s*m\./u.test(after)) ||
    (DAY_AND_MONTH.test(before) && /^\s*\p{Ll}/u.test(after)) ||
    GERMAN_ORDINAL_AFTER_ARTICLE.test(before) ||
    (DAY_BEFORE_GERMAN_MONTH.test(before) && GERMAN_MONTH_AFTER.test(after)) ||
    (SIGNATURE_INITIAL.test(before) && /^\s*\p{Lu}[\p{L}'’-]+\s*$/u.test(after.split('\n')[0] ?? ''))
  );
}
