mod procs;

use cosmic::app::{Core, Task};
use cosmic::iced::{time, Subscription};
use cosmic::widget::{self, button, column, row, text};
use cosmic::Element;
use std::time::Duration;

struct Applet {
    core: Core,
    sampler: procs::Sampler,
    rows: Vec<procs::Row>,
    confirm: Option<procs::Row>,
    status: String,
}

#[derive(Debug, Clone)]
enum Message {
    Tick,
    AskTerminate(usize),
    ConfirmTerminate,
    Cancel,
}

impl cosmic::Application for Applet {
    type Executor = cosmic::executor::Default;
    type Flags = ();
    type Message = Message;
    const APP_ID: &'static str = "com.example.CosmicAppletTopProc";

    fn core(&self) -> &Core { &self.core }
    fn core_mut(&mut self) -> &mut Core { &mut self.core }

    fn init(core: Core, _flags: ()) -> (Self, Task<Message>) {
        (Applet { core, sampler: procs::Sampler::default(), rows: Vec::new(), confirm: None, status: String::new() }, Task::none())
    }

    fn update(&mut self, msg: Message) -> Task<Message> {
        match msg {
            Message::Tick => self.rows = self.sampler.sample(5),
            Message::AskTerminate(i) => self.confirm = self.rows.get(i).cloned(),
            Message::Cancel => self.confirm = None,
            Message::ConfirmTerminate => {
                if let Some(r) = self.confirm.take() {
                    self.status = match procs::terminate(&r) {
                        Ok(()) => format!("Sent SIGTERM to {} ({})", r.name, r.pid),
                        Err(e) => format!("Could not end {}: {e}", r.name),
                    };
                }
            }
        }
        Task::none()
    }

    fn view(&self) -> Element<Message> {
        let top = self.rows.first().map(|r| format!("{} {:.0}%", r.name, r.cpu_percent)).unwrap_or_default();
        self.core.applet.text(top).into()
    }

    fn view_window(&self, _id: cosmic::iced::window::Id) -> Element<Message> {
        if let Some(r) = &self.confirm {
            return widget::dialog()
                .title(format!("End {}?", r.name))
                .body(format!("PID {} - {}\nUnsaved work in this program may be lost.", r.pid, r.cmdline))
                .primary_action(button::destructive("End process").on_press(Message::ConfirmTerminate))
                .secondary_action(button::standard("Cancel").on_press(Message::Cancel))
                .into();
        }
        let mut col = column().spacing(6).padding(12);
        for (i, r) in self.rows.iter().enumerate() {
            let end = button::text("End").on_press_maybe(r.own.then_some(Message::AskTerminate(i)));
            col = col.push(row().spacing(8).push(text(format!("{:>6}", r.pid))).push(text(format!("{:<16}", r.name))).push(text(format!("{:>5.1}%", r.cpu_percent))).push(text(format!("{:>6} MiB", r.rss_mib))).push(end));
            col = col.push(text::caption(r.cmdline.clone()));
        }
        col.push(text::caption(self.status.clone())).into()
    }

    fn subscription(&self) -> Subscription<Message> {
        time::every(Duration::from_secs(2)).map(|_| Message::Tick)
    }
}

fn main() -> cosmic::iced::Result {
    cosmic::applet::run::<Applet>(())
}
