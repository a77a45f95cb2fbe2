// Emoji with their one variation selector, and a zero-width joiner between visible
// characters: what text handling code holds.
const HEART: &str = "❤️";
const FAMILY: &str = "👨‍👩‍👧";
