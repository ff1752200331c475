//! The app shell: dataset context, hash router, header and the page for the current route.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::data::DatasetContext;
use crate::pages::about::AboutPage;
use crate::pages::countries::CountriesPage;
use crate::pages::country::CountryPage;
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
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Effects run after the DOM is written, so the mark stands for "first view on screen".
    use_effect_with((), |_| {
        timing::mark_ready();
        timing::mark_link_clicks();
    });
    html! {
        <ContextProvider<DatasetContext> context={props.dataset.clone()}>
            <HashRouter>
                <Header />
                <main id="content">
                    <Switch<Route> render={switch} />
                </main>
                <RouteTiming />
                <Footer />
            </HashRouter>
        </ContextProvider<DatasetContext>>
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
        Route::Countries => html! { <CountriesPage /> },
        Route::Country { code } => html! { <CountryPage {code} /> },
        Route::Sources => html! { <SourcesPage /> },
        Route::Source { file } => html! { <SourcePage {file} /> },
        Route::About => html! { <AboutPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
