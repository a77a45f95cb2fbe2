//! Universal-link and custom-scheme parsing.

use url::Url;

const HOSTS: &[&str] = &["lnk.linkmetrics.io", "go.linkmetrics.io"];

/// Maps `https://lnk.linkmetrics.io/<app>/<route…>?lm_c=<campaign>` or `<scheme>://<route…>` to
/// the in-app route the host app registered.
pub fn route_for(raw: &str) -> Option<String> {
    let u = Url::parse(raw).ok()?;
    match u.scheme() {
        "https" if HOSTS.contains(&u.host_str()?) => {
            let mut segs = u.path_segments()?;
            let _app = segs.next()?;
            let rest: Vec<&str> = segs.filter(|s| !s.is_empty()).collect();
            Some(format!("/{}", rest.join("/")))
        }
        "http" | "https" => None,
        _ => Some(format!("/{}{}", u.host_str().unwrap_or(""), u.path())),
    }
}

pub fn campaign_of(raw: &str) -> Option<String> {
    let u = Url::parse(raw).ok()?;
    u.query_pairs().find(|(k, _)| k == "lm_c").map(|(_, v)| v.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn universal_link() {
        assert_eq!(route_for("https://lnk.linkmetrics.io/shop/item/42?lm_c=spring").as_deref(), Some("/item/42"));
        assert_eq!(campaign_of("https://lnk.linkmetrics.io/shop/item/42?lm_c=spring").as_deref(), Some("spring"));
    }

    #[test]
    fn custom_scheme() {
        assert_eq!(route_for("shopapp://cart/view").as_deref(), Some("/cart/view"));
    }
}
