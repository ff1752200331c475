//! The app shell: dataset and mount contexts, the router the host asked for, skip link,
//! header, the page for the current route, footer.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::history::{AnyHistory, HashHistory, History, MemoryHistory};
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::components::content::Content;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::skip_link::SkipLink;
use crate::data::DatasetContext;
use crate::height;
use crate::mount::{Mount, Routing};
use crate::pages::about::AboutPage;
use crate::pages::cases::CasesPage;
use crate::pages::countries::CountriesPage;
use crate::pages::country::CountryPage;
use crate::pages::map::MapPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::operation::OperationPage;
use crate::pages::operations::OperationsPage;
use crate::pages::source::SourcePage;
use crate::pages::sources::SourcesPage;
use crate::pages::timeline::TimelinePage;
use crate::route::Route;
use crate::timing;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub dataset: DatasetContext,
    pub mount: Rc<Mount>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let report_height = props.mount.report_height;
    // Effects run after the DOM is written, so the mark stands for "first view on screen".
    use_effect_with((), move |_| {
        timing::mark_ready();
        if report_height {
            height::report_heights();
        }
    });
    let history = use_memo((), |_| match props.mount.routing {
        Routing::Hash => AnyHistory::from(HashHistory::new()),
        Routing::Memory => AnyHistory::from(memory_history_at(&props.mount.first_view)),
    });
    html! {
        <div class={classes!("interpol-explorer", (!props.mount.full_page).then_some("embedded"))} data-theme={props.mount.theme.map(|theme| theme.name())}>
            <ContextProvider<Rc<Mount>> context={props.mount.clone()}>
                <ContextProvider<DatasetContext> context={props.dataset.clone()}>
                    <Router history={(*history).clone()}>
                        <SkipLink />
                        <Header />
                        <Content><Switch<Route> render={switch} /></Content>
                        <RouteTiming />
                        <Footer />
                    </Router>
                </ContextProvider<DatasetContext>>
            </ContextProvider<Rc<Mount>>>
        </div>
    }
}

/// Ends an `explorer:update` measure when a route change has reached the DOM.
#[function_component(RouteTiming)]
fn route_timing() -> Html {
    let path = use_location().map(|l| l.path().to_string());
    use_effect_with(path, |_| timing::measure_update());
    Html::default()
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home | Route::Timeline => html! { <TimelinePage /> },
        Route::Operations => html! { <OperationsPage /> },
        Route::Operation { id } => html! { <OperationPage {id} /> },
        Route::Cases => html! { <CasesPage /> },
        Route::Countries => html! { <CountriesPage /> },
        Route::Country { code } => html! { <CountryPage {code} /> },
        Route::Map => html! { <MapPage /> },
        Route::Sources => html! { <SourcesPage /> },
        Route::Source { file } => html! { <SourcePage {file} /> },
        Route::About => html! { <AboutPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// An in-memory history that starts at `view`, its query kept (`/cases?theme=forced_labour`):
/// `with_entries` takes a path alone, and a query in it stopped the explorer from starting.
fn memory_history_at(view: &str) -> MemoryHistory {
    let Some((path, query)) = view.split_once('?') else { return MemoryHistory::with_entries([view]) };
    let history = MemoryHistory::with_entries([path]);
    // Replaced, not pushed: "Back" has no page before the first.
    let _ = history.replace_with_query(path, Raw(query.to_string()));
    history
}
