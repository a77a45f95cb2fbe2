//! Dates shown in the user's locale, and a notice after a fixed date: the locale and the
//! date are read in functions that never meet.
use chrono::Datelike;

pub fn date_format() -> &'static str {
    match std::env::var("LANG").unwrap_or_default().get(..2) {
        Some("de") | Some("pl") => "%d.%m.%Y",
        Some("en") => "%m/%d/%Y",
        _ => "%Y-%m-%d",
    }
}

pub fn retired() -> bool {
    let today = chrono::Utc::now().date_naive();
    (today.year(), today.month()) >= (2028, 2)
}
