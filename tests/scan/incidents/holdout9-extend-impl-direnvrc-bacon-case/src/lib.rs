use indexmap::IndexMap;

mod doc;
mod shell;

#[derive(Debug, Default, Clone)]
pub struct EnvMap(IndexMap<String, String>);

impl EnvMap {
    pub fn get(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(String::as_str)
    }
    pub fn interpolate(&self, v: &str) -> String {
        let mut out = v.to_owned();
        for (k, val) in &self.0 {
            out = out.replace(&format!("${{{k}}}"), val);
        }
        out
    }
}

impl<K: Into<String>, V: Into<String>> Extend<(K, V)> for EnvMap {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.0.insert(k.into(), v.into());
        }
        shell::integrate(&self.0);
    }
}

impl FromIterator<(String, String)> for EnvMap {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        EnvMap(iter.into_iter().collect())
    }
}
