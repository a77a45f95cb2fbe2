//! Minimal order-preserving INI document, used for the plugin's profile files.

#[derive(Debug, Default, Clone)]
pub struct Ini {
    sections: Vec<Section>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub name: String,
    pub entries: Vec<(String, String)>,
}

impl Ini {
    pub fn parse(text: &str) -> Self {
        let mut sections = vec![Section { name: String::new(), entries: Vec::new() }];
        for line in text.lines() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') || t.starts_with(';') {
                continue;
            }
            if let Some(name) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                sections.push(Section { name: name.trim().to_owned(), entries: Vec::new() });
            } else if let Some((k, v)) = t.split_once('=') {
                if let Some(s) = sections.last_mut() {
                    s.entries.push((k.trim().to_owned(), v.trim().to_owned()));
                }
            }
        }
        Ini { sections }
    }

    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        self.sections.iter().filter(|s| !s.name.is_empty())
    }

    pub fn section_mut(&mut self, name: &str) -> &mut Section {
        if let Some(i) = self.sections.iter().position(|s| s.name == name) {
            return &mut self.sections[i];
        }
        self.sections.push(Section { name: name.to_owned(), entries: Vec::new() });
        self.sections.last_mut().expect("just pushed")
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        for s in &self.sections {
            if s.name.is_empty() && s.entries.is_empty() {
                continue;
            }
            if !s.name.is_empty() {
                out.push_str(&format!("[{}]\n", s.name));
            }
            for (k, v) in &s.entries {
                out.push_str(&format!("{k} = {v}\n"));
            }
            out.push('\n');
        }
        out
    }
}

impl Section {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn set<V: Into<String>>(&mut self, key: &str, value: V) {
        let value = value.into();
        match self.entries.iter_mut().find(|(k, _)| k == key) {
            Some(e) => e.1 = value,
            None => self.entries.push((key.to_owned(), value)),
        }
    }

    pub fn take(&mut self, key: &str) -> Option<String> {
        let i = self.entries.iter().position(|(k, _)| k == key)?;
        Some(self.entries.remove(i).1)
    }
}
