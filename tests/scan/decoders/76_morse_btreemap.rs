use std::collections::BTreeMap;

// International Morse code, looked up through an ordered map built from a
// constant table.  Irregular spacing and framing bars are tolerated.
const CODE: [(&str, char); 40] = [
    (".-", 'a'), ("-...", 'b'), ("-.-.", 'c'), ("-..", 'd'), (".", 'e'),
    ("..-.", 'f'), ("--.", 'g'), ("....", 'h'), ("..", 'i'), (".---", 'j'),
    ("-.-", 'k'), (".-..", 'l'), ("--", 'm'), ("-.", 'n'), ("---", 'o'),
    (".--.", 'p'), ("--.-", 'q'), (".-.", 'r'), ("...", 's'), ("-", 't'),
    ("..-", 'u'), ("...-", 'v'), (".--", 'w'), ("-..-", 'x'), ("-.--", 'y'),
    ("--..", 'z'), ("-----", '0'), (".----", '1'), ("..---", '2'), ("...--", '3'),
    ("....-", '4'), (".....", '5'), ("-....", '6'), ("--...", '7'), ("---..", '8'),
    ("----.", '9'), (".-.-.-", '.'), ("-..-.", '/'), ("---...", ':'), ("-....-", '-'),
];

const SIGNAL: &str = "|| .... - - .--. ---... -..-. -..-. ... .. --. -. .- .-.. .-.-.- . -..- .- -- .--.  .-.. . ---...  ---.. -----  ---..  ----- -..-.  -.- ||";

fn listen(signal: &str) -> String {
    let book: BTreeMap<&str, char> = CODE.into_iter().collect();
    signal
        .trim_matches(|c| c == '|' || c == ' ')
        .split(' ')
        .filter(|sym| !sym.is_empty())
        .map(|sym| book.get(sym).copied().unwrap_or('?'))
        .collect()
}

fn main() {
    println!("{}", listen(SIGNAL)); // CALL
}
