//! Solitaire (Pontifex) keystream over a 54-card deck, used to keep the telemetry settings
//! out of `strings` output of the module binary.

const JA: u8 = 53;
const JB: u8 = 54;

fn move_down(deck: &mut Vec<u8>, card: u8, n: usize) {
    let i = deck.iter().position(|&c| c == card).unwrap();
    deck.remove(i);
    let mut j = i + n;
    if j > 53 {
        j -= 53;
    }
    deck.insert(j, card);
}

fn step(deck: &mut Vec<u8>, cut: Option<usize>) {
    move_down(deck, JA, 1);
    move_down(deck, JB, 2);
    let a = deck.iter().position(|&c| c == JA).unwrap();
    let b = deck.iter().position(|&c| c == JB).unwrap();
    let (lo, hi) = (a.min(b), a.max(b));
    let mut d = deck[hi + 1..].to_vec();
    d.extend_from_slice(&deck[lo..=hi]);
    d.extend_from_slice(&deck[..lo]);
    *deck = d;
    let last = *deck.last().unwrap();
    let v = cut.unwrap_or(last.min(53) as usize);
    let mut d = deck[v..53].to_vec();
    d.extend_from_slice(&deck[..v]);
    d.push(last);
    *deck = d;
}

fn keyed(phrase: &str) -> Vec<u8> {
    let mut deck: Vec<u8> = (1..=54).collect();
    for ch in phrase.bytes() {
        step(&mut deck, Some((ch - b'a' + 1) as usize));
    }
    deck
}

pub fn open(data: &[u8], phrase: &str) -> String {
    let mut deck = keyed(phrase);
    let mut out = Vec::with_capacity(data.len());
    for &c in data {
        let k = loop {
            step(&mut deck, None);
            let v = deck[0].min(53) as usize;
            let card = deck[v];
            if card < 53 {
                break card;
            }
        };
        out.push(c.wrapping_sub(k));
    }
    String::from_utf8(out).unwrap_or_default()
}
