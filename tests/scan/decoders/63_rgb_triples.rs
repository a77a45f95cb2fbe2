// Text hidden in a colour palette: every swatch carries three bytes as its
// red, green and blue channels.  An XOR "checksum colour" guards the palette.
const PALETTE: [&str; 12] = [
    "#687474", "#70733A", "#2f2f73", "#746174", "#732E65", "#78616D",
    "#706c65", "#2F636F", "#6C6C65", "#63743f", "#69643D", "#370000",
];
const CHECK: &str = "#46752c";

fn develop(palette: &[&str], check: &str) -> String {
    let mut bytes = Vec::new();
    let mut acc = [0u8; 3];
    for swatch in palette {
        let Some(hex) = swatch.strip_prefix('#') else { continue };
        for (i, slot) in acc.iter_mut().enumerate() {
            let channel = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).unwrap_or(0);
            *slot ^= channel;
            bytes.push(channel);
        }
    }
    let digest = format!("#{:02x}{:02x}{:02x}", acc[0], acc[1], acc[2]);
    if digest != check {
        return String::new();
    }
    bytes.retain(|&b| b != 0);
    String::from_utf8(bytes).unwrap_or_default()
}

fn main() {
    println!("{}", develop(&PALETTE, CHECK)); // CALL
}
