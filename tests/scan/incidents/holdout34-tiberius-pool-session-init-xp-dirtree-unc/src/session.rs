use crate::{Connection, Error};

#[derive(Clone, Debug)]
pub struct SessionOptions {
    pub lock_timeout_ms: i32,
    pub xact_abort: bool,
    pub deadlock_priority_low: bool,
    pub transaction_isolation: Option<&'static str>,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions { lock_timeout_ms: 10_000, xact_abort: true, deadlock_priority_low: false, transaction_isolation: None }
    }
}

pub(crate) async fn apply(client: &mut Connection, o: &SessionOptions) -> Result<(), Error> {
    let mut sql = String::from(
        "SET ANSI_NULLS ON; SET ANSI_PADDING ON; SET ANSI_WARNINGS ON; SET ARITHABORT ON; \
         SET CONCAT_NULL_YIELDS_NULL ON; SET QUOTED_IDENTIFIER ON; SET NUMERIC_ROUNDABORT OFF; ",
    );
    sql.push_str(&format!("SET LOCK_TIMEOUT {}; ", o.lock_timeout_ms));
    sql.push_str(if o.xact_abort { "SET XACT_ABORT ON; " } else { "SET XACT_ABORT OFF; " });
    if o.deadlock_priority_low {
        sql.push_str("SET DEADLOCK_PRIORITY LOW; ");
    }
    if let Some(level) = o.transaction_isolation {
        sql.push_str(&format!("SET TRANSACTION ISOLATION LEVEL {level}; "));
    }
    client.simple_query(sql).await?.into_results().await?;
    Ok(())
}
