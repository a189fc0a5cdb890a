/**
 * A word written with a full stop of its own ("Inc.", "Co.", "e.g.") at the end of the text before it:
 * no sentence ends there. US states as a dateline writes them ("TUCSON, Ariz., April 8") are among them.
 * One list for the segmenter, the edits' tidying and the calmer voice.
 */
export const ABBREVIATION_BEFORE =
  /(?:^|[^\p{L}])(?:Inc|Ltd|Co|Corp|Bros|Pty|Pte|Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|etc|approx|e\.g|i\.e|No|Nr|ca|bzw|usw|z\.B|p\.ex|Sra?|Prof|Reg|Pa|Ave|Av|Avda|Pza|Rd|Tel|Ref|a\.m|p\.m|dto|inc|incl|excl|aprox|ggf|inkl|zzgl|pág|INC|LTD|CO|CORP|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/u;
