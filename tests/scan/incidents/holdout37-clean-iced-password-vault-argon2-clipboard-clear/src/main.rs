mod clipboard;
mod vault;

use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{time, Element, Subscription, Task};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

const LOCK_AFTER: Duration = Duration::from_secs(300);

#[derive(Default)]
struct App {
    master: String,
    vault: Option<vault::Vault>,
    filter: String,
    status: String,
    last_input: Option<Instant>,
}

#[derive(Debug, Clone)]
enum Message {
    MasterChanged(String),
    Unlock,
    Create,
    Filter(String),
    Copy(usize),
    Generate,
    Lock,
    Tick,
    Cleared,
}

impl App {
    fn update(&mut self, msg: Message) -> Task<Message> {
        self.last_input = Some(Instant::now());
        match msg {
            Message::MasterChanged(s) => self.master = s,
            Message::Unlock => match vault::Vault::open(&self.master) {
                Ok(v) => {
                    self.vault = Some(v);
                    self.master.clear();
                    self.status = "Unlocked".into();
                }
                Err(e) => self.status = e,
            },
            Message::Create => match vault::Vault::create(&self.master).and_then(|v| v.save().map(|_| v)) {
                Ok(v) => {
                    self.vault = Some(v);
                    self.master.clear();
                }
                Err(e) => self.status = e,
            },
            Message::Filter(f) => self.filter = f,
            Message::Copy(i) => {
                if let Some(e) = self.vault.as_ref().and_then(|v| v.entries.get(i)) {
                    let secret = Zeroizing::new(e.password.clone());
                    if clipboard::copy_secret(&secret).is_ok() {
                        self.status = format!("Copied, clears in {} s", clipboard::CLEAR_AFTER.as_secs());
                        return Task::perform(clipboard::clear_later(secret), |_| Message::Cleared);
                    }
                }
            }
            Message::Generate => {
                let pw = Zeroizing::new(vault::generate(24, true));
                let _ = clipboard::copy_secret(&pw);
                return Task::perform(clipboard::clear_later(pw), |_| Message::Cleared);
            }
            Message::Lock => {
                self.vault = None;
                self.status = "Locked".into();
            }
            Message::Tick => {
                if self.vault.is_some() && self.last_input.map(|t| t.elapsed() > LOCK_AFTER).unwrap_or(false) {
                    self.vault = None;
                    self.status = "Locked after inactivity".into();
                }
            }
            Message::Cleared => self.status = "Clipboard cleared".into(),
        }
        Task::none()
    }

    fn view(&self) -> Element<Message> {
        let Some(v) = &self.vault else {
            return container(column![
                text("ironvault").size(28),
                text_input("Master password", &self.master).secure(true).on_input(Message::MasterChanged).on_submit(Message::Unlock),
                row![button("Unlock").on_press(Message::Unlock), button("New vault").on_press(Message::Create)].spacing(8),
                text(&self.status),
            ].spacing(12).padding(24)).into();
        };
        let list = v.entries.iter().enumerate().filter(|(_, e)| e.title.to_lowercase().contains(&self.filter.to_lowercase())).fold(column![].spacing(4), |col, (i, e)| {
            col.push(row![text(&e.title).width(200), text(&e.username).width(200), button("Copy password").on_press(Message::Copy(i))].spacing(8))
        });
        column![
            row![text_input("Search", &self.filter).on_input(Message::Filter), button("Generate").on_press(Message::Generate), button("Lock").on_press(Message::Lock)].spacing(8),
            scrollable(list),
            text(&self.status),
        ]
        .spacing(12)
        .padding(16)
        .into()
    }

    fn subscription(&self) -> Subscription<Message> {
        time::every(Duration::from_secs(5)).map(|_| Message::Tick)
    }
}

fn main() -> iced::Result {
    iced::application("ironvault", App::update, App::view).subscription(App::subscription).run()
}
