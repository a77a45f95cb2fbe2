use std::cell::RefCell;

use sea_orm::{ActiveModelTrait, ActiveValue, ColumnTrait, ColumnType, EntityTrait, Iterable, Value};

thread_local! {
    static ACTOR: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Run `f` with `actor` recorded as the one responsible for saves.
pub fn as_actor<R>(actor: impl Into<String>, f: impl FnOnce() -> R) -> R {
    let prev = ACTOR.with(|a| a.replace(Some(actor.into())));
    let out = f();
    ACTOR.with(|a| *a.borrow_mut() = prev);
    out
}

pub fn current_actor() -> Option<String> {
    ACTOR.with(|a| a.borrow().clone())
}

pub(crate) fn column_name<C: sea_orm::ColumnTrait>(c: &C) -> String {
    c.to_string()
}

pub(crate) fn stamp<A: ActiveModelTrait>(am: &mut A, insert: bool) {
    let now = chrono::Utc::now();
    for col in <<A::Entity as EntityTrait>::Column as Iterable>::iter() {
        match column_name(&col).as_str() {
            "created_at" if insert => am.set(col, Value::ChronoDateTimeUtc(Some(Box::new(now)))),
            "updated_at" => am.set(col, Value::ChronoDateTimeUtc(Some(Box::new(now)))),
            "updated_by" => {
                if let Some(actor) = current_actor() {
                    am.set(col, Value::String(Some(Box::new(actor))));
                }
            }
            "id" if insert => {
                if let ActiveValue::NotSet = am.get(col) {
                    if matches!(col.def().get_column_type(), ColumnType::Uuid) {
                        am.set(col, Value::Uuid(Some(Box::new(crate::ids::new_audit_id()))));
                    }
                }
            }
            _ => {}
        }
    }
}
