use yew::prelude::*;

use crate::components::missing::Missing;
use crate::route::Route;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    html! {
        <Missing title="Page not found" back={Route::Home} back_label="Go to the timeline"
            message="This address does not lead to a view of the explorer." />
    }
}
