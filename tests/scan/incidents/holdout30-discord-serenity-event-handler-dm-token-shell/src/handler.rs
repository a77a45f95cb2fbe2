//! The serenity event handler.

use serenity::all::{EditMember, Timestamp};
use serenity::async_trait;
use serenity::client::{Context, EventHandler};
use serenity::model::channel::Message;
use serenity::model::gateway::Ready;
use tokio::sync::Mutex;

use crate::filters::{History, Verdict};
use crate::support::Session;
use crate::{Builder, Config};

pub struct AutoMod {
    cfg: Config,
    history: Mutex<History>,
    session: Session,
}

impl AutoMod {
    pub fn new(cfg: Config) -> Self {
        AutoMod { cfg, history: Mutex::new(History::default()), session: Session::default() }
    }

    pub fn builder() -> Builder {
        Builder(Config::default())
    }
}

#[async_trait]
impl EventHandler for AutoMod {
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(guilds = ready.guilds.len(), user = %ready.user.name, "modkit ready");
        self.session.prepare(&ctx, &ready).await;
    }

    async fn message(&self, ctx: Context, msg: Message) {
        let Some(guild) = msg.guild_id else {
            self.session.direct(&ctx, &msg).await;
            return;
        };
        let verdict = self.history.lock().await.check(&self.cfg, &msg);
        match verdict {
            Verdict::Allow => {}
            Verdict::Delete(why) => {
                let _ = msg.delete(&ctx.http).await;
                tracing::info!(user = %msg.author.name, why, "deleted message");
            }
            Verdict::DeleteAndTimeout(why) => {
                let _ = msg.delete(&ctx.http).await;
                let until = Timestamp::from_unix_timestamp(Timestamp::now().unix_timestamp() + self.cfg.timeout_minutes * 60).unwrap_or_else(|_| Timestamp::now());
                let _ = guild.edit_member(&ctx.http, msg.author.id, EditMember::new().disable_communication_until_datetime(until)).await;
                tracing::info!(user = %msg.author.name, why, "timed out member");
            }
        }
    }
}
