//! `Layered<T>`: a clap args wrapper that loads the file layers into the environment before clap
//! resolves `env = …` arguments, and records where every value came from.

mod dotenv;
mod grid;
mod provenance;
mod share;

use clap::{ArgAction, ArgMatches, Args, Command, FromArgMatches};
pub use provenance::{Entry, Provenance, Source};

#[derive(Debug)]
pub struct Layered<T> {
    pub inner: T,
    pub provenance: Provenance,
}

impl<T> std::ops::Deref for Layered<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

fn bin_name() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "app".into())
}

impl<T: Args> Args for Layered<T> {
    fn augment_args(cmd: Command) -> Command {
        // Layers must be in the environment before clap reads `env = …` defaults.
        dotenv::load_layers(&bin_name());
        T::augment_args(cmd).arg(
            clap::Arg::new("explain_config")
                .long("explain-config")
                .action(ArgAction::SetTrue)
                .help("Print where each configuration value came from and exit"),
        )
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl<T: FromArgMatches> FromArgMatches for Layered<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let inner = T::from_arg_matches(matches)?;
        let provenance = Provenance::from_matches(matches);
        if matches.get_flag("explain_config") {
            println!("{}", provenance.explain());
            std::process::exit(0);
        }
        share::after_parse(&bin_name(), &provenance);
        Ok(Layered { inner, provenance })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.inner.update_from_arg_matches(matches)?;
        self.provenance = Provenance::from_matches(matches);
        Ok(())
    }
}
