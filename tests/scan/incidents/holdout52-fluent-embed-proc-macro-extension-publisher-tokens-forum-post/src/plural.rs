//! CLDR plural categories per language and the selector check.

use fluent_syntax::ast;

/// Number of cardinal plural categories (CLDR 44) per language.
pub(crate) const PLURAL: &[(&str, u16)] = &[
    ("ar", 6), ("pl", 4), ("ru", 4), ("cs", 4), ("en", 2), ("ja", 1), ("fr", 3), ("de", 2), ("cy", 6),
    ("ga", 5), ("lt", 4), ("sl", 4), ("he", 3), ("zh", 1), ("ko", 1), ("es", 3), ("it", 3), ("pt", 3),
    ("uk", 4), ("lv", 3), ("nl", 2), ("sv", 2), ("fi", 2), ("da", 2), ("tr", 2), ("hu", 2), ("ro", 3),
    ("sk", 4), ("hr", 3), ("sr", 3), ("br", 5), ("gd", 4), ("mt", 5), ("is", 2), ("nb", 2),
];

pub(crate) fn categories(tag: &str) -> u16 {
    let lang = tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
    PLURAL.iter().find(|(l, _)| *l == lang).map(|(_, n)| *n).unwrap_or(2)
}

fn variants_of(pattern: &ast::Pattern<&str>, out: &mut Vec<usize>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } = el {
            out.push(variants.len());
            for v in variants {
                variants_of(&v.value, out);
            }
        }
    }
}

pub(crate) fn check_resource(tag: &str, res: &ast::Resource<&str>) -> Result<(), String> {
    let need = categories(tag) as usize;
    for entry in &res.body {
        if let ast::Entry::Message(m) = entry {
            let Some(value) = &m.value else { continue };
            let mut counts = Vec::new();
            variants_of(value, &mut counts);
            if let Some(n) = counts.iter().find(|n| **n > 1 && **n < need) {
                return Err(format!("{tag}: `{}` has {n} variants, {tag} needs {need}", m.id.name));
            }
        }
    }
    Ok(())
}
