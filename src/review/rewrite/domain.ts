/** A bare domain ("fastsim.example", "give.hollowfield.org.uk"): a link even without https://. */
export const DOMAIN =
  /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|ly|app|dev|ai|uk|de|fr|es|it|nl|pt|br|mx|in|jp|ch|at|be|ie|au|eu|info|shop|store|example|game|games|gg|studio|tv|fm|xyz|art|club|live|online|site|tech|events|media|blog|page|tickets|fit|cafe|music)\b/u;
