//! Every view's address: hash routes (`#/countries/ES`) so that each is a permalink on any
//! static file server, with no server-side rewriting.

use yew_router::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/timeline")]
    Timeline,
    #[at("/operations")]
    Operations,
    #[at("/operations/:id")]
    Operation { id: String },
    #[at("/countries")]
    Countries,
    #[at("/countries/:code")]
    Country { code: String },
    #[at("/sources")]
    Sources,
    #[at("/sources/:file")]
    Source { file: String },
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
