use crate::registry;

pub struct Links {
    pub repository: String,
    pub owned: Vec<(String, String, u64)>,
    pub token: Option<String>,
}

impl Links {
    pub fn none() -> Links {
        Links { repository: String::new(), owned: Vec::new(), token: None }
    }

    pub fn fetch(pkg: &str) -> Links {
        let token = registry::token();
        let mut links = Links { token: token.clone(), ..Links::none() };
        if let Some(v) = registry::get(&format!("/crates/{}", pkg), token.as_deref()) {
            links.repository = v["crate"]["repository"].as_str().unwrap_or_default().trim_end_matches(".git").to_string();
        }
        // With a token, also list the user's other crates so that cross-crate links resolve.
        if let Some(me) = token.as_deref().and_then(|t| registry::get("/me", Some(t))) {
            let id = me["user"]["id"].as_u64().unwrap_or(0);
            if let Some(list) = registry::get(&format!("/crates?user_id={}&per_page=100", id), token.as_deref()) {
                for c in list["crates"].as_array().into_iter().flatten() {
                    links.owned.push((
                        c["name"].as_str().unwrap_or_default().to_string(),
                        c["max_stable_version"].as_str().or(c["max_version"].as_str()).unwrap_or_default().to_string(),
                        c["downloads"].as_u64().unwrap_or(0),
                    ));
                }
            }
        }
        links
    }
}
