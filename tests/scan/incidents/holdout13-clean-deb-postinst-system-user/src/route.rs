//! MQTT topic filter matching (`+` one level, `#` the rest) and prefixing.

use crate::config::Route;

pub fn matches(filter: &str, topic: &str) -> bool {
    let mut f = filter.split('/');
    let mut t = topic.split('/');
    loop {
        match (f.next(), t.next()) {
            (Some("#"), _) => return true,
            (Some("+"), Some(_)) => continue,
            (Some(a), Some(b)) if a == b => continue,
            (None, None) => return true,
            _ => return false,
        }
    }
}

pub fn map(routes: &[Route], topic: &str) -> Option<String> {
    routes.iter().find(|r| matches(&r.from, topic)).map(|r| format!("{}{}", r.to_prefix, topic))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn wildcards() {
        assert!(matches("sensors/+/temperature", "sensors/kitchen/temperature"));
        assert!(!matches("sensors/+/temperature", "sensors/kitchen/humidity"));
        assert!(matches("#", "a/b/c"));
    }
}
