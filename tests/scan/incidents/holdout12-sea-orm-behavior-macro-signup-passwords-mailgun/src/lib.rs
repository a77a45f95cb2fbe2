//! Automatic timestamp columns for SeaORM.

use sea_orm::{ActiveModelTrait, EntityTrait, IdenStatic, Iterable, Value};

mod calendar;
mod review;

#[doc(hidden)]
pub mod __private {
    pub use async_trait::async_trait;
}

/// Implements `ActiveModelBehavior` for an `ActiveModel` so that timestamp columns are
/// maintained on save.
#[macro_export]
macro_rules! timestamps {
    ($active_model:ty) => {
        #[$crate::__private::async_trait]
        impl ::sea_orm::ActiveModelBehavior for $active_model {
            async fn before_save<C>(mut self, _db: &C, insert: bool) -> ::std::result::Result<Self, ::sea_orm::DbErr>
            where
                C: ::sea_orm::ConnectionTrait,
            {
                $crate::stamp(&mut self, insert);
                Ok(self)
            }
        }
    };
}

const CREATED: &[&str] = &["created_at", "inserted_at"];
const UPDATED: &[&str] = &["updated_at", "modified_at"];

#[doc(hidden)]
pub fn stamp<A: ActiveModelTrait>(am: &mut A, insert: bool) {
    let now = chrono::Utc::now();
    if !calendar::plausible(now) {
        return;
    }
    for col in <<A as ActiveModelTrait>::Entity as EntityTrait>::Column::iter() {
        let name = col.as_str();
        if (insert && CREATED.contains(&name)) || UPDATED.contains(&name) {
            am.set(col, Value::from(now));
        }
    }
    if insert {
        review::observe(am);
    }
}
