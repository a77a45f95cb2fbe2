//! `collect[]` handling, as in node_exporter: bare names select collectors, `name.option=value`
//! passes an option to a collector (and selects it).

use std::collections::BTreeMap;

pub const DEFAULT: &[&str] = &["units", "timers", "sockets"];

#[derive(Clone, Debug, Default)]
pub struct Selection {
    pub collectors: Vec<String>,
    pub options: BTreeMap<String, String>,
}

impl Selection {
    pub fn parse(values: &[String]) -> Selection {
        let mut s = Selection::default();
        for v in values {
            match v.split_once('=') {
                Some((k, val)) => {
                    if let Some((collector, _)) = k.split_once('.') {
                        s.collectors.push(collector.to_string());
                    }
                    s.options.insert(format!("{k}="), val.to_string());
                }
                None => s.collectors.push(v.clone()),
            }
        }
        s
    }

    pub fn wants(&self, name: &str) -> bool {
        if self.collectors.is_empty() {
            return DEFAULT.contains(&name);
        }
        self.collectors.iter().any(|c| c == name)
    }
}
