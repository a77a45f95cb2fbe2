use syn::visit::Visit;

pub struct Msg {
    pub file: String,
    pub line: usize,
    pub text: String,
}

struct V<'a> {
    file: &'a str,
    out: &'a mut Vec<Msg>,
    all: bool,
}

impl<'a, 'ast> Visit<'ast> for V<'a> {
    fn visit_lit_str(&mut self, l: &'ast syn::LitStr) {
        if self.all {
            self.out.push(Msg { file: self.file.into(), line: l.span().start().line, text: l.value() });
        }
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        let name = m.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        if name == "tr" || name == "trn" {
            if let Ok(l) = m.parse_body_with(|p: syn::parse::ParseStream| p.parse::<syn::LitStr>()) {
                self.out.push(Msg { file: self.file.into(), line: l.span().start().line, text: l.value() });
            }
        }
    }
}

/// Translatable strings (`tr!`); `literals` also returns every string literal, for the
/// "untranslated UI string" lint.
pub fn scan(root: &std::path::Path, literals: bool) -> anyhow::Result<Vec<Msg>> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(root).into_iter().flatten() {
        let p = e.path();
        if p.extension().map_or(true, |x| x != "rs") || p.components().any(|c| c.as_os_str() == "target") {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(p) else { continue };
        let Ok(ast) = syn::parse_file(&src) else { continue };
        let file = p.strip_prefix(root).unwrap_or(p).display().to_string();
        V { file: &file, out: &mut out, all: literals }.visit_file(&ast);
    }
    Ok(out)
}

pub fn workspace(root: &std::path::Path) -> anyhow::Result<Vec<Msg>> {
    scan(root, false)
}
