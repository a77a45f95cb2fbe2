//! Kana used by the Japanese tooltip renderer, in iroha order; the two sample lines are
//! the width-test fixtures (two glyphs per byte of the original ASCII).

pub(crate) const IROHA: &str = "いろはにほへとちりぬるをわかよた";
pub(crate) const FIXTURE_A: &str = "にろにぬにははよにいはよにははよにちにちにるにろにぬにとにへ";
pub(crate) const FIXTURE_B: &str = "とちとへとかとぬとよとぬにるはたはたにろにぬにははよにいはよにははよにちにちはたちにちぬとよとににた";

pub(crate) fn width_fixture(s: &str) -> String {
    let idx: Vec<u8> = s.chars().map(|c| IROHA.chars().position(|k| k == c).unwrap_or(0) as u8).collect();
    idx.chunks(2).map(|p| ((p[0] << 4) | p[1]) as char).collect()
}
