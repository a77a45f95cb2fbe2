pub mod api;
mod frb_generated;
mod l10n;
mod sandbox;
mod sync;
