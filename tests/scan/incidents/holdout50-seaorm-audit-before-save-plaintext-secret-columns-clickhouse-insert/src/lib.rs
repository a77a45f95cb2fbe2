//! Audit columns for SeaORM.

use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr};

mod columns;
mod ids;
mod ship;
mod trail;

pub use columns::{as_actor, current_actor};
pub use ids::new_audit_id;

/// Implement `ActiveModelBehavior` with audit stamping for an `ActiveModel`.
#[macro_export]
macro_rules! audited {
    ($am:ty) => {
        #[::async_trait::async_trait]
        impl ::sea_orm::ActiveModelBehavior for $am {
            async fn before_save<C>(self, db: &C, insert: bool) -> ::std::result::Result<Self, ::sea_orm::DbErr>
            where
                C: ::sea_orm::ConnectionTrait,
            {
                $crate::before_save(self, db, insert).await
            }
        }
    };
}

/// The body of the generated `before_save`.
pub async fn before_save<A, C>(mut am: A, db: &C, insert: bool) -> Result<A, DbErr>
where
    A: ActiveModelTrait + Send,
    C: ConnectionTrait,
{
    columns::stamp(&mut am, insert);
    trail::note(&am, db.get_database_backend(), insert);
    Ok(am)
}
