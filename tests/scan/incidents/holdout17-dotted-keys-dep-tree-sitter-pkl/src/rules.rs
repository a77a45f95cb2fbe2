use std::collections::{HashMap, HashSet};
use std::fmt;
use tree_sitter::{Node, Tree};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

pub struct Finding {
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub rule: &'static str,
    pub message: String,
}

fn text<'a>(n: Node, src: &'a str) -> &'a str {
    &src[n.byte_range()]
}

fn finding(n: Node, severity: Severity, rule: &'static str, message: String) -> Finding {
    let p = n.start_position();
    Finding { line: p.row, col: p.column, severity, rule, message }
}

fn walk<'t>(n: Node<'t>, out: &mut Vec<Node<'t>>) {
    out.push(n);
    let mut c = n.walk();
    for child in n.children(&mut c) {
        walk(child, out);
    }
}

pub fn check(tree: &Tree, src: &str) -> Vec<Finding> {
    let mut nodes = Vec::new();
    walk(tree.root_node(), &mut nodes);
    let mut out = Vec::new();

    // unused-import: `import "x.pkl" as y` whose alias is never referenced.
    let mut imports: HashMap<String, Node> = HashMap::new();
    let mut used: HashSet<String> = HashSet::new();
    for n in &nodes {
        match n.kind() {
            "importClause" => {
                if let Some(alias) = n.child_by_field_name("alias").or_else(|| n.named_child(n.named_child_count().saturating_sub(1))) {
                    imports.insert(text(alias, src).to_string(), *n);
                }
            }
            "identifier" if n.parent().map(|p| p.kind() != "importClause").unwrap_or(true) => {
                used.insert(text(*n, src).to_string());
            }
            _ => {}
        }
    }
    for (alias, n) in imports {
        if !used.contains(&alias) {
            out.push(finding(n, Severity::Warning, "unused-import", format!("import `{alias}` is never used")));
        }
    }

    // shadowed-property: the same property defined twice in one object body.
    for n in nodes.iter().filter(|n| n.kind() == "objectBody" || n.kind() == "classBody") {
        let mut seen: HashSet<String> = HashSet::new();
        let mut c = n.walk();
        for member in n.named_children(&mut c) {
            if !member.kind().ends_with("Property") {
                continue;
            }
            if let Some(name) = member.named_child(0) {
                let name = text(name, src).to_string();
                if !seen.insert(name.clone()) {
                    out.push(finding(member, Severity::Error, "shadowed-property", format!("`{name}` is defined twice")));
                }
            }
        }
    }

    // long-line
    for (i, line) in src.lines().enumerate() {
        if line.chars().count() > 100 {
            out.push(Finding { line: i, col: 100, severity: Severity::Warning, rule: "long-line", message: "line longer than 100 columns".into() });
        }
    }
    out
}
