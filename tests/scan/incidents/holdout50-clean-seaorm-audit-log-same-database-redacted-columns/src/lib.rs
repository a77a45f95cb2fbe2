//! Redacted change log for SeaORM, stored in the application's own database.

use sea_orm::{ActiveModelTrait, ActiveValue, ConnectionTrait, DbErr, EntityTrait, Iterable, Statement, Value};

const REDACT: &[&str] = &["password", "secret", "token", "key", "otp", "salt"];

#[macro_export]
macro_rules! tracked {
    ($am:ty, $table:expr) => {
        #[::async_trait::async_trait]
        impl ::sea_orm::ActiveModelBehavior for $am {
            async fn before_save<C>(self, _db: &C, insert: bool) -> Result<Self, ::sea_orm::DbErr>
            where
                C: ::sea_orm::ConnectionTrait,
            {
                Ok($crate::stamp(self, insert))
            }

            async fn after_save<C>(
                model: <Self::Entity as ::sea_orm::EntityTrait>::Model,
                db: &C,
                insert: bool,
            ) -> Result<<Self::Entity as ::sea_orm::EntityTrait>::Model, ::sea_orm::DbErr>
            where
                C: ::sea_orm::ConnectionTrait,
            {
                let am: $am = model.clone().into();
                $crate::record(&am, db, $table, insert).await?;
                Ok(model)
            }
        }
    };
}

pub fn stamp<A: ActiveModelTrait>(mut am: A, insert: bool) -> A {
    let now = chrono::Utc::now();
    for col in <<A::Entity as EntityTrait>::Column as Iterable>::iter() {
        match col.to_string().as_str() {
            "created_at" if insert => am.set(col, Value::ChronoDateTimeUtc(Some(Box::new(now)))),
            "updated_at" => am.set(col, Value::ChronoDateTimeUtc(Some(Box::new(now)))),
            _ => {}
        }
    }
    am
}

fn redacted(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    REDACT.iter().any(|r| lower.contains(r))
}

fn json_of(v: &Value) -> serde_json::Value {
    match v {
        Value::Bool(Some(b)) => (*b).into(),
        Value::Int(Some(i)) => (*i).into(),
        Value::BigInt(Some(i)) => (*i).into(),
        Value::String(Some(s)) => s.as_str().into(),
        Value::ChronoDateTimeUtc(Some(t)) => t.to_rfc3339().into(),
        Value::Json(Some(j)) => (**j).clone(),
        _ => serde_json::Value::Null,
    }
}

pub async fn record<A, C>(am: &A, db: &C, table: &str, insert: bool) -> Result<(), DbErr>
where
    A: ActiveModelTrait,
    C: ConnectionTrait,
{
    let mut changes = serde_json::Map::new();
    for col in <<A::Entity as EntityTrait>::Column as Iterable>::iter() {
        let name = col.to_string();
        if let ActiveValue::Set(v) | ActiveValue::Unchanged(v) = am.get(col) {
            let value = if redacted(&name) { "[redacted]".into() } else { json_of(&v) };
            changes.insert(name, value);
        }
    }
    let backend = db.get_database_backend();
    let stmt = Statement::from_sql_and_values(
        backend,
        "INSERT INTO audit_log (table_name, op, changes) VALUES ($1, $2, $3)",
        [
            table.into(),
            (if insert { "insert" } else { "update" }).into(),
            Value::Json(Some(Box::new(serde_json::Value::Object(changes)))),
        ],
    );
    db.execute(stmt).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    #[test]
    fn redaction_names() {
        assert!(super::redacted("password_hash"));
        assert!(super::redacted("api_key"));
        assert!(super::redacted("TOTP_Secret"));
        assert!(!super::redacted("email"));
    }
}
