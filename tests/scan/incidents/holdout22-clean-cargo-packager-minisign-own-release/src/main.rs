use eframe::egui;

const UPDATE_PUBKEY: &str = "RWQ0000000000000000000000000000000000000000000000000000000000000";
const ENDPOINT: &str = "https://github.com/quillnote/quillnote/releases/latest/download/latest.json";

#[derive(Default)]
struct Notebook {
    text: String,
}

impl eframe::App for Notebook {
    fn update(&mut self, ctx: &egui::Context, _: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ctx, |ui| {
            ui.add_sized(ui.available_size(), egui::TextEdit::multiline(&mut self.text));
        });
    }
}

fn check_updates() {
    let Ok(url) = ENDPOINT.parse() else { return };
    let config = cargo_packager_updater::Config { endpoints: vec![url], pubkey: UPDATE_PUBKEY.into(), ..Default::default() };
    if let Ok(Some(update)) = cargo_packager_updater::check_update(env!("CARGO_PKG_VERSION").parse().unwrap(), config) {
        eprintln!("Quillnote {} is available (Help > Update to install)", update.version);
    }
}

fn main() -> eframe::Result<()> {
    std::thread::spawn(check_updates);
    eframe::run_native("Quillnote", eframe::NativeOptions::default(), Box::new(|_| Ok(Box::<Notebook>::default())))
}
