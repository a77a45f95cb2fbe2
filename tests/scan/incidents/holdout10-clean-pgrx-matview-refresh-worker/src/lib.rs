//! Background refresh of materialized views.

use pgrx::bgworkers::{BackgroundWorker, BackgroundWorkerBuilder, SignalWakeFlags};
use pgrx::prelude::*;
use pgrx::{GucContext, GucFlags, GucRegistry, GucSetting};
use std::ffi::CStr;
use std::time::{Duration, Instant};

pgrx::pg_module_magic!();

static VIEWS: GucSetting<Option<&'static CStr>> = GucSetting::<Option<&'static CStr>>::new(None);
static DATABASE: GucSetting<Option<&'static CStr>> = GucSetting::<Option<&'static CStr>>::new(Some(c"postgres"));
static INTERVAL: GucSetting<i32> = GucSetting::<i32>::new(300);

#[pg_guard]
pub extern "C" fn _PG_init() {
    GucRegistry::define_string_guc(
        "matview_refresh.views",
        "Comma-separated materialized views to refresh",
        "Schema-qualified names; views with a unique index are refreshed concurrently.",
        &VIEWS,
        GucContext::Sighup,
        GucFlags::default(),
    );
    GucRegistry::define_string_guc(
        "matview_refresh.database",
        "Database the worker connects to",
        "",
        &DATABASE,
        GucContext::Postmaster,
        GucFlags::default(),
    );
    GucRegistry::define_int_guc(
        "matview_refresh.interval",
        "Seconds between refresh rounds",
        "",
        &INTERVAL,
        10,
        86_400,
        GucContext::Sighup,
        GucFlags::UNIT_S,
    );

    if !unsafe { pg_sys::process_shared_preload_libraries_in_progress } {
        // Loaded by CREATE EXTENSION or LOAD: functions work, but no worker without preload.
        pgrx::notice!("pg_matview_refresh: add it to shared_preload_libraries to enable scheduled refreshes");
        return;
    }
    BackgroundWorkerBuilder::new("pg_matview_refresh")
        .set_function("matview_refresh_main")
        .set_library("pg_matview_refresh")
        .enable_spi_access()
        .set_restart_time(Some(Duration::from_secs(30)))
        .load();
}

fn configured_views() -> Vec<String> {
    VIEWS
        .get()
        .map(|s| s.to_string_lossy().split(',').map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()).collect())
        .unwrap_or_default()
}

fn has_unique_index(view: &str) -> bool {
    Spi::get_one_with_args::<bool>(
        "SELECT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = $1::regclass AND i.indisunique)",
        vec![(PgBuiltInOids::TEXTOID.oid(), view.into_datum())],
    )
    .ok()
    .flatten()
    .unwrap_or(false)
}

fn quote_qualified(view: &str) -> String {
    view.split('.').map(|p| spi::quote_identifier(p)).collect::<Vec<_>>().join(".")
}

#[pg_guard]
#[no_mangle]
pub extern "C" fn matview_refresh_main(_arg: pg_sys::Datum) {
    BackgroundWorker::attach_signal_handlers(SignalWakeFlags::SIGHUP | SignalWakeFlags::SIGTERM);
    let db = DATABASE.get().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "postgres".into());
    BackgroundWorker::connect_worker_to_spi(Some(&db), None);
    log!("pg_matview_refresh started for database {db}");

    let mut next = Instant::now();
    while BackgroundWorker::wait_latch(Some(Duration::from_secs(1))) {
        if BackgroundWorker::sighup_received() {
            unsafe { pg_sys::ProcessConfigFile(pg_sys::GucContext::PGC_SIGHUP) };
        }
        if Instant::now() < next {
            continue;
        }
        next = Instant::now() + Duration::from_secs(INTERVAL.get().max(10) as u64);
        for view in configured_views() {
            let started = Instant::now();
            let result = BackgroundWorker::transaction(|| {
                let concurrently = if has_unique_index(&view) { "CONCURRENTLY " } else { "" };
                Spi::run(&format!("REFRESH MATERIALIZED VIEW {concurrently}{}", quote_qualified(&view)))
            });
            match result {
                Ok(()) => log!("refreshed {view} in {} ms", started.elapsed().as_millis()),
                Err(e) => warning!("refresh of {view} failed: {e}"),
            }
        }
    }
    log!("pg_matview_refresh stopping");
}

#[pg_extern]
fn matview_refresh_now(view: &str) -> bool {
    Spi::run(&format!("REFRESH MATERIALIZED VIEW {}", quote_qualified(view))).is_ok()
}

#[cfg(any(test, feature = "pg_test"))]
#[pg_schema]
mod tests {
    use pgrx::prelude::*;

    #[pg_test]
    fn refresh_now() {
        Spi::run("CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x").unwrap();
        assert!(crate::matview_refresh_now("mv"));
    }
}

#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}
    pub fn postgresql_conf_options() -> Vec<&'static str> {
        vec![]
    }
}
