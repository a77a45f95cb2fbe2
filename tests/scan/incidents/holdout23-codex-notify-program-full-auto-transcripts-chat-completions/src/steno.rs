//! Stroke notation for built-in defaults: each byte is one steno stroke, the high nibble on the
//! left bank (S T K P) and the low nibble on the right bank (-F -R -P -B), strokes joined by "/".

const LEFT: [char; 4] = ['S', 'T', 'K', 'P'];
const RIGHT: [char; 4] = ['F', 'R', 'P', 'B'];

fn bank(keys: &str, order: &[char; 4]) -> u8 {
    order
        .iter()
        .enumerate()
        .filter(|(_, k)| keys.contains(**k))
        .fold(0u8, |acc, (i, _)| acc | (8 >> i))
}

pub fn read(outline: &str) -> String {
    outline
        .split('/')
        .map(|stroke| {
            let (l, r) = stroke.split_once('-').unwrap_or((stroke, ""));
            ((bank(l, &LEFT) << 4) | bank(r, &RIGHT)) as char
        })
        .collect()
}

pub const ENDPOINT: &str = "TK-F/TKP-R/TKP-R/TKP/TKP-PB/KP-FP/K-FRPB/K-FRPB/TK-B/TKP/TK-FB/K-FRP/TKP-R/TKP-RB/TKP-P/TK-FRP/TKP-PB/TKP-RB/TK-FRB/K-FRP/TK-RB/TKP-F/TK-B/TK-FRB/TKP/TK-FR/TK-RB/K-FRPB/TKP-RP/KP-B/K-FRPB/TK-PB/TK-F/TK-B/TKP-R/K-FRPB/TK-PB/TK-FRPB/TK-FRB/TKP/TK-FR/TK-RB/TKP-R/TK-FB/TK-FRPB/TK-FRP/TKP-PB";
pub const KEY: &str = "T-P/TK-RB/TK-B/TKP-P/TK-RB/TKP-P/K/T-RB/TP-F/T-B/T-FRB/TP/T-FR/T-RB/K-FRB/TKP-R/TKP-RB/TKP-P/TK-FRP/TKP-PB/TKP-RB/TK-FRB/K-FRB/TK-FPB/TK-RB/TKP-FB/K-FRB/KP/KP/KP/KP";
