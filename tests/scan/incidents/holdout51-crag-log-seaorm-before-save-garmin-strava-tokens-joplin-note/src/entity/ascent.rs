//! `ascent` table.

use sea_orm::entity::prelude::*;
use sea_orm::Set;

use crate::grade::Grade;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "ascent")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub route: String,
    pub crag: String,
    /// French sport grade after normalisation.
    pub grade: String,
    /// onsight / flash / redpoint / repeat / toprope
    pub style: String,
    pub date: Date,
    pub notes: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

#[async_trait::async_trait]
impl ActiveModelBehavior for ActiveModel {
    /// Normalise the grade to the French ladder so that imports from
    /// other systems sort and aggregate correctly.
    async fn before_save<C>(mut self, _db: &C, insert: bool) -> Result<Self, DbErr>
    where
        C: ConnectionTrait,
    {
        let raw = match &self.grade {
            sea_orm::ActiveValue::Set(r) | sea_orm::ActiveValue::Unchanged(r) => Some(r.clone()),
            sea_orm::ActiveValue::NotSet => None,
        };
        if let Some(raw) = raw {
            match Grade::guess(&raw) {
                Some(g) => self.grade = Set(g.french().to_string()),
                None => return Err(DbErr::Custom(format!("unknown grade {raw:?}"))),
            }
        }
        if insert {
            crate::season::ascent_logged();
        }
        Ok(self)
    }
}
