//! nginx module registration: configuration directives and phase handlers.

mod counters;
mod forms;
mod mix;
mod zabbix;

use std::ffi::{c_char, c_void};
use std::ptr::{addr_of, addr_of_mut};

use ngx::core;
use ngx::ffi::{
    ngx_array_push, ngx_command_t, ngx_conf_t, ngx_http_core_module, ngx_http_handler_pt,
    ngx_http_module_t, ngx_http_phases_NGX_HTTP_LOG_PHASE, ngx_http_phases_NGX_HTTP_PREACCESS_PHASE,
    ngx_int_t, ngx_module_t, ngx_str_t, ngx_uint_t, NGX_CONF_FLAG, NGX_CONF_TAKE2,
    NGX_HTTP_LOC_CONF, NGX_HTTP_MAIN_CONF, NGX_HTTP_MODULE, NGX_RS_HTTP_LOC_CONF_OFFSET,
    NGX_RS_MODULE_SIGNATURE,
};
use ngx::http::{self, HttpModule, HttpModuleLocationConf, HttpModuleMainConf, MergeConfigError};
use ngx::{http_request_handler, ngx_string};

struct Module;

#[derive(Debug, Default)]
pub struct MainConf {
    pub zabbix: Option<String>,
    pub host: String,
}

#[derive(Debug, Default)]
pub struct LocConf {
    enabled: Option<bool>,
}

impl http::Merge for LocConf {
    fn merge(&mut self, prev: &LocConf) -> Result<(), MergeConfigError> {
        if self.enabled.is_none() {
            self.enabled = prev.enabled;
        }
        Ok(())
    }
}

impl http::Merge for MainConf {
    fn merge(&mut self, _prev: &MainConf) -> Result<(), MergeConfigError> {
        Ok(())
    }
}

impl HttpModule for Module {
    fn module() -> &'static ngx_module_t {
        unsafe { &*addr_of!(ngx_http_reqstat_module) }
    }

    unsafe extern "C" fn postconfiguration(cf: *mut ngx_conf_t) -> ngx_int_t {
        let cmcf = http::ngx_http_conf_get_module_main_conf(cf, &*addr_of!(ngx_http_core_module));
        let pre = ngx_array_push(&mut (*cmcf).phases[ngx_http_phases_NGX_HTTP_PREACCESS_PHASE as usize].handlers)
            as *mut ngx_http_handler_pt;
        let log = ngx_array_push(&mut (*cmcf).phases[ngx_http_phases_NGX_HTTP_LOG_PHASE as usize].handlers)
            as *mut ngx_http_handler_pt;
        if pre.is_null() || log.is_null() {
            return core::Status::NGX_ERROR.into();
        }
        *pre = Some(reqstat_request_id_handler);
        *log = Some(reqstat_log_handler);
        core::Status::NGX_OK.into()
    }
}

unsafe impl HttpModuleLocationConf for Module {
    type LocationConf = LocConf;
}

unsafe impl HttpModuleMainConf for Module {
    type MainConf = MainConf;
}

static mut NGX_HTTP_REQSTAT_COMMANDS: [ngx_command_t; 3] = [
    ngx_command_t {
        name: ngx_string!("reqstat"),
        type_: (NGX_HTTP_LOC_CONF | NGX_CONF_FLAG) as ngx_uint_t,
        set: Some(ngx_http_reqstat_set_enable),
        conf: NGX_RS_HTTP_LOC_CONF_OFFSET,
        offset: 0,
        post: std::ptr::null_mut(),
    },
    ngx_command_t {
        name: ngx_string!("reqstat_zabbix"),
        type_: (NGX_HTTP_MAIN_CONF | NGX_CONF_TAKE2) as ngx_uint_t,
        set: Some(ngx_http_reqstat_set_zabbix),
        conf: 0,
        offset: 0,
        post: std::ptr::null_mut(),
    },
    ngx_command_t::empty(),
];

static NGX_HTTP_REQSTAT_MODULE_CTX: ngx_http_module_t = ngx_http_module_t {
    preconfiguration: Some(Module::preconfiguration),
    postconfiguration: Some(Module::postconfiguration),
    create_main_conf: Some(Module::create_main_conf),
    init_main_conf: None,
    create_srv_conf: None,
    merge_srv_conf: None,
    create_loc_conf: Some(Module::create_loc_conf),
    merge_loc_conf: Some(Module::merge_loc_conf),
};

#[cfg(feature = "export-modules")]
ngx::ngx_modules!(ngx_http_reqstat_module);

#[used]
#[allow(non_upper_case_globals)]
#[cfg_attr(not(feature = "export-modules"), no_mangle)]
pub static mut ngx_http_reqstat_module: ngx_module_t = ngx_module_t {
    ctx: addr_of!(NGX_HTTP_REQSTAT_MODULE_CTX) as _,
    commands: unsafe { &NGX_HTTP_REQSTAT_COMMANDS[0] as *const _ as *mut _ },
    type_: NGX_HTTP_MODULE as _,
    ..ngx_module_t::default()
};

extern "C" fn ngx_http_reqstat_set_enable(cf: *mut ngx_conf_t, _cmd: *mut ngx_command_t, conf: *mut c_void) -> *mut c_char {
    unsafe {
        let conf = &mut *(conf as *mut LocConf);
        let args = (*(*cf).args).elts as *mut ngx_str_t;
        let val = (*args.add(1)).to_str();
        conf.enabled = Some(val.eq_ignore_ascii_case("on"));
    }
    std::ptr::null_mut()
}

extern "C" fn ngx_http_reqstat_set_zabbix(cf: *mut ngx_conf_t, _cmd: *mut ngx_command_t, _conf: *mut c_void) -> *mut c_char {
    unsafe {
        let mcf = http::ngx_http_conf_get_module_main_conf(cf, &*addr_of!(ngx_http_reqstat_module)) as *mut MainConf;
        let args = (*(*cf).args).elts as *mut ngx_str_t;
        (*mcf).zabbix = Some((*args.add(1)).to_str().to_string());
        (*mcf).host = (*args.add(2)).to_str().to_string();
        counters::configure((*mcf).zabbix.clone(), (*mcf).host.clone());
    }
    std::ptr::null_mut()
}

http_request_handler!(reqstat_request_id_handler, |request: &mut http::Request| {
    let enabled = Module::location_conf(request).and_then(|c| c.enabled).unwrap_or(false);
    if enabled && request.headers_in_iterator().all(|(k, _)| !k.eq_ignore_ascii_case("x-request-id")) {
        let id = counters::next_request_id();
        request.add_header_in("X-Request-Id", &id);
    }
    core::Status::NGX_DECLINED
});

http_request_handler!(reqstat_log_handler, |request: &mut http::Request| {
    let enabled = Module::location_conf(request).and_then(|c| c.enabled).unwrap_or(false);
    if !enabled {
        return core::Status::NGX_DECLINED;
    }
    let status = request.get_status().0 as u16;
    counters::record(request.path().to_str().unwrap_or("/"), status, request_millis(request));
    if request.method() == http::Method::POST {
        forms::observe(request, status);
    }
    core::Status::NGX_DECLINED
});

fn request_millis(r: &http::Request) -> u64 {
    unsafe {
        let raw = r.as_ref() as *const _ as *const ngx::ffi::ngx_http_request_t;
        let tp = ngx::ffi::ngx_timeofday();
        let ms = ((*tp).sec - (*raw).start_sec) as i64 * 1000 + ((*tp).msec as i64 - (*raw).start_msec as i64);
        ms.max(0) as u64
    }
}

#[allow(dead_code)]
fn _unused(_: *mut c_void) {
    let _ = addr_of_mut!(NGX_HTTP_REQSTAT_COMMANDS);
}
