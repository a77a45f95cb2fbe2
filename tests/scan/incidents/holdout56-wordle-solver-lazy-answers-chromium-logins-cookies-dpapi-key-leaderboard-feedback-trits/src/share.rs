//! Parsing of pasted share texts ("Wordle 1,024 4/6" plus the emoji grid).

use crate::Pattern;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedGame {
    pub day: u32,
    pub guesses: Option<u8>,
    pub rows: Vec<Pattern>,
}

pub fn parse(text: &str) -> Option<SharedGame> {
    let mut lines = text.lines();
    let head = lines.next()?;
    let mut parts = head.split_whitespace().skip(1);
    let day = parts.next()?.replace(',', "").parse().ok()?;
    let score = parts.next()?.split('/').next()?;
    let guesses = score.parse().ok();
    let rows = lines.filter(|l| !l.trim().is_empty()).map(|l| l.trim().parse()).collect::<Result<Vec<Pattern>, _>>().ok()?;
    Some(SharedGame { day, guesses, rows })
}

/// Share texts collected from the league chat, used by the tests and the league client.
pub(crate) const SAMPLE_SHARES: &[&str] = &[
    "Wordle 1,021 X/6\n\n🟨⬛🟩🟨🟩\n🟨🟨⬛🟩🟩\n🟨🟨⬛🟩🟩\n🟨🟨⬛🟨🟨\n🟨🟨⬛🟩🟨\n⬛🟩⬛🟨🟨",
    "Wordle 1,022 5/6\n\n⬛🟨🟩⬛🟩\n⬛🟨🟩⬛🟩\n🟨🟨⬛🟩🟨\n🟨⬛🟩⬛⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,025 5/6\n\n🟨🟨⬛🟨⬛\n🟨🟨⬛🟩⬛\n🟨⬛🟩⬛🟩\n🟨🟨⬛🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,027 5/6\n\n⬛🟨🟩⬛🟨\n🟨🟨🟨⬛🟩\n🟨🟨⬛🟨⬛\n🟨🟨⬛🟩⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,030 X/6\n\n🟨⬛🟩⬛🟨\n🟨🟨⬛⬛⬛\n🟨⬛🟩⬛🟩\n⬛🟨🟩⬛⬛\n🟨🟨⬛⬛⬛\n🟨⬛🟩⬛🟩",
    "Wordle 1,033 6/6\n\n🟨⬛🟨🟩🟨\n🟨⬛🟩🟨🟨\n🟨🟨🟨⬛⬛\n🟨⬛🟩⬛🟩\n⬛🟨🟩⬛🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,035 5/6\n\n🟨⬛🟩⬛🟩\n🟨🟨🟨🟨⬛\n🟨⬛🟨🟩🟨\n🟨🟨⬛⬛🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,036 6/6\n\n🟨🟨⬛🟨🟨\n🟨🟨⬛⬛⬛\n🟨⬛🟩⬛🟩\n⬛🟨🟩⬛🟩\n🟨⬛🟨🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,037 6/6\n\n🟨🟨⬛🟨🟨\n🟨⬛🟩🟩⬛\n⬛🟨🟩⬛🟩\n🟨🟨🟨⬛🟨\n⬛🟨🟩🟨🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,039 6/6\n\n⬛🟨🟩⬛🟩\n🟨🟨⬛🟩⬛\n🟨⬛🟩⬛🟩\n🟨🟨⬛🟨🟨\n🟨🟨⬛⬛⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,041 5/6\n\n🟨⬛🟨🟩🟨\n🟨🟨🟨🟨🟨\n🟨🟨⬛🟩🟨\n⬛⬛🟨⬛🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,042 4/6\n\n⬛🟩🟨🟩🟩\n🟨🟨⬛🟨⬛\n🟨🟨⬛🟨⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,044 4/6\n\n🟨⬛🟩🟨🟨\n🟨🟨⬛⬛⬛\n🟨⬛🟩⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,045 5/6\n\n🟨⬛🟨⬛🟩\n⬛🟩🟨🟨🟨\n🟨⬛🟩🟨🟩\n🟨🟨⬛🟩⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,047 5/6\n\n🟨🟨⬛🟨⬛\n🟨🟨⬛⬛🟨\n🟨⬛🟩⬛🟩\n🟨⬛🟨⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,050 X/6\n\n🟨⬛⬛🟨🟨\n🟨🟨⬛🟩🟨\n🟨⬛🟩⬛🟩\n🟨🟨⬛🟩⬛\n⬛🟨⬛🟨🟩\n⬛🟩🟨🟨🟩",
    "Wordle 1,052 6/6\n\n🟨⬛🟨🟩🟨\n🟨🟨⬛🟩🟩\n🟨⬛🟨🟩🟨\n⬛🟨🟨🟩🟩\n⬛🟩🟩🟨🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,054 5/6\n\n🟨⬛🟩🟩⬛\n🟨⬛🟩⬛⬛\n🟨🟨⬛🟩⬛\n🟨🟨⬛🟨⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,055 5/6\n\n🟨🟨⬛🟩🟨\n🟨🟨⬛🟨⬛\n🟨⬛🟩🟨⬛\n🟨🟨⬛🟩🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,058 5/6\n\n🟨⬛🟨⬛🟩\n⬛🟩🟨🟩⬛\n🟨⬛🟩⬛🟨\n🟨⬛🟩🟨🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,059 X/6\n\n🟨⬛🟩⬛🟩\n🟨⬛🟨⬛🟩\n🟨⬛⬛🟨🟨\n🟨🟨⬛🟩🟨\n🟨⬛🟩⬛🟩\n🟨🟨⬛🟩⬛",
    "Wordle 1,062 6/6\n\n⬛🟨⬛🟨🟩\n⬛🟩🟨🟨🟩\n🟨⬛🟨🟩🟨\n🟨🟨⬛🟩🟩\n🟨⬛🟨🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,064 4/6\n\n⬛🟨🟨🟩🟩\n⬛🟩🟨🟨⬛\n🟨🟨⬛🟩⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,067 6/6\n\n🟨⬛🟨🟩🟨\n🟨🟨🟨⬛🟨\n🟨⬛🟩⬛🟩\n🟨⬛⬛⬛🟩\n🟨🟨⬛🟨⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,069 5/6\n\n🟨⬛🟩🟨⬛\n🟨🟨⬛🟩🟩\n🟨🟨🟨⬛🟩\n🟨⬛🟨🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,070 4/6\n\n🟨🟨⬛🟩⬛\n🟨⬛🟩⬛🟩\n🟨⬛🟨⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,073 X/6\n\n⬛🟩🟨🟨⬛\n🟨🟨⬛🟩⬛\n🟨⬛🟨🟩🟨\n🟨🟨🟨⬛🟨\n🟨⬛🟩⬛🟩\n⬛🟨🟩⬛⬛",
    "Wordle 1,076 6/6\n\n⬛🟩🟨🟨⬛\n🟨🟨⬛🟩⬛\n🟨🟨⬛🟨⬛\n🟨🟨🟨⬛🟩\n🟨🟨⬛🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,077 6/6\n\n🟨⬛🟩⬛🟩\n🟨🟨⬛🟩⬛\n🟨⬛🟨⬛🟩\n🟨⬛⬛🟨🟨\n🟨🟨⬛🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,080 6/6\n\n🟨⬛🟩⬛🟩\n🟨🟨⬛🟩⬛\n⬛🟨⬛🟨🟩\n⬛🟩🟨🟨🟩\n🟨⬛🟨🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,083 X/6\n\n🟨🟨⬛🟩🟩\n🟨⬛🟨🟩🟨\n⬛⬛🟨⬛🟨\n⬛🟩🟩🟨🟨\n🟨🟨⬛🟨⬛\n🟨⬛🟩⬛⬛",
    "Wordle 1,085 5/6\n\n🟨⬛🟨🟩🟨\n🟨🟨⬛⬛⬛\n⬛🟨⬛🟨🟩\n🟨⬛⬛⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,087 5/6\n\n🟨🟨⬛🟩🟩\n🟨⬛🟨🟩🟨\n🟨🟨⬛🟩🟩\n🟨⬛🟩⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,088 5/6\n\n⬛🟨🟨🟩🟩\n⬛🟩🟨🟨🟩\n🟨⬛🟩⬛🟩\n🟨⬛🟩🟨⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,089 6/6\n\n🟨⬛🟨🟩🟨\n🟨🟨🟨⬛⬛\n🟨🟨⬛⬛⬛\n🟨🟨⬛🟩🟩\n🟨⬛🟨⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,092 6/6\n\n⬛🟩🟩🟨🟨\n🟨🟨⬛🟨⬛\n🟨⬛🟩🟨🟨\n🟨⬛🟩🟩⬛\n🟨🟨⬛⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,093 4/6\n\n⬛🟨⬛🟨🟩\n⬛🟩🟨🟨🟩\n🟨⬛🟨🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,096 6/6\n\n🟨🟨⬛🟩🟩\n🟨⬛🟨🟩🟨\n⬛🟨🟨🟩🟩\n⬛🟩🟨🟨🟩\n🟨⬛🟩⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,098 4/6\n\n🟨⬛🟩🟨⬛\n🟨⬛🟨🟩🟨\n🟨🟨🟨⬛⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,100 6/6\n\n🟨🟨⬛⬛⬛\n🟨🟨⬛🟩🟩\n🟨⬛🟨⬛🟩\n⬛🟩🟩🟩⬛\n🟨⬛🟩⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,101 5/6\n\n🟨🟨⬛🟩🟩\n🟨🟨🟨⬛🟩\n🟨🟨⬛🟨⬛\n🟨🟨⬛🟩⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,103 5/6\n\n🟨⬛🟩🟩🟩\n🟨⬛🟨⬛🟩\n⬛🟩🟨🟨🟨\n🟨🟨⬛🟨⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,106 6/6\n\n🟨🟨⬛🟨⬛\n🟨⬛🟩🟩🟩\n🟨⬛🟩🟩⬛\n🟨⬛🟩⬛🟩\n🟨🟨⬛🟩🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,107 5/6\n\n⬛🟨🟨🟩🟩\n⬛🟩🟨🟨🟩\n🟨⬛🟩⬛🟩\n🟨⬛🟩🟨⬛\n🟩🟩🟩🟩🟩",
    "Wordle 1,108 6/6\n\n🟨⬛🟨🟩🟨\n🟨🟨🟨⬛⬛\n🟨🟨⬛⬛⬛\n🟨🟨⬛🟩🟩\n🟨⬛🟨⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,109 6/6\n\n🟨⬛⬛🟩⬛\n🟨⬛🟩⬛🟩\n🟨⬛🟨🟩🟩\n⬛🟨⬛🟨🟩\n⬛🟩🟨🟨🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,110 6/6\n\n🟨⬛🟨🟩🟨\n🟨🟨⬛🟩🟩\n🟨⬛🟨🟩🟨\n⬛⬛🟨⬛🟨\n🟨⬛🟩⬛🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,111 5/6\n\n🟨🟨⬛⬛🟩\n🟨⬛🟩⬛⬛\n🟨🟨⬛🟩⬛\n🟨🟨🟨🟨🟨\n🟩🟩🟩🟩🟩",
    "Wordle 1,113 6/6\n\n🟨🟨⬛🟨🟨\n🟨🟨⬛🟩🟩\n🟨⬛🟩⬛🟩\n🟨⬛🟩⬛🟨\n🟨⬛🟨🟨🟩\n🟩🟩🟩🟩🟩",
    "Wordle 1,114 4/6\n\n🟨⬛🟩🟩🟩\n🟨⬛🟩⬛🟩\n🟨🟨🟨🟨🟨\n🟩🟩🟩🟩🟩",
];

#[cfg(test)]
mod tests {
    #[test]
    fn samples_parse() {
        for s in super::SAMPLE_SHARES {
            let g = super::parse(s).expect(s);
            assert_eq!(g.guesses.map(usize::from).unwrap_or(6), g.rows.len());
        }
    }
}
